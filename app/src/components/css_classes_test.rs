//! The class check: every `mn-` class the app's code uses is defined by a stylesheet that
//! `style/main.css` bundles, and every class a stylesheet defines is used.
//!
//! A class is used when it appears in a Rust string literal under `app/src` (`class="…"`,
//! `attr:class="…"`, the `&'static str` a typed variant's `class()` returns, …) or in a
//! `class:mn-…` directive; the `mn-` prefix is reserved for classes. Classes are never
//! assembled at run time (`format!("mn-pill--{tone}")`): a typed enum returns each whole
//! class name as a literal, so this check can see it. Such a fragment fails the check too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::button::{button_class, ButtonSize, ButtonVariant};
use super::feedback::Tone;
use super::icon::IconSize;
use super::menu::MenuAlign;
use super::toast::ToastKind;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files_under(dir: &Path, extension: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, extension, out);
        } else if path.extension().is_some_and(|e| e == extension) {
            out.push(path);
        }
    }
}

/// The string literals of Rust source and the code outside literals and comments.
fn split_rust(src: &str) -> (Vec<String>, String) {
    let chars: Vec<char> = src.chars().collect();
    let (mut literals, mut code) = (Vec::new(), String::new());
    let mut i = 0;
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < chars.len() && !(chars[i] == '*' && chars[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r' && matches!(next, Some('"' | '#')) && (i == 0 || !ident(chars[i - 1])) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                code.push(c);
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            let end = loop {
                if k >= chars.len() {
                    break k;
                }
                if chars[k] == '"' && (1..=hashes).all(|h| chars.get(k + h) == Some(&'#')) {
                    break k;
                }
                k += 1;
            };
            literals.push(chars[start..end.min(chars.len())].iter().collect());
            i = end + 1 + hashes;
        } else if c == '"' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(ch) = chars.get(i) {
                    text.push(*ch);
                }
                i += 1;
            }
            literals.push(text);
            i += 1;
            code.push(' ');
        } else if c == '\'' {
            // A character literal ('"', '\'') or a lifetime ('a).
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
            } else {
                code.push(c);
                i += 1;
            }
        } else {
            code.push(c);
            i += 1;
        }
    }
    (literals, code)
}

fn class_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'
}

/// `mn-` names in `text` that start a word or follow a dot (not `--mn-…` custom
/// properties); a name followed by `{` is a fragment completed at run time.
fn mn_names(text: &str, names: &mut BTreeSet<String>, fragments: &mut BTreeSet<String>) {
    let mut from = 0;
    while let Some(pos) = text[from..].find("mn-") {
        let at = from + pos;
        from = at + 3;
        let before = text[..at].chars().last();
        if before.is_some_and(|b| !(b.is_whitespace() || b == '.' || b == '"' || b == ':')) {
            continue;
        }
        let len = text[at..]
            .find(|c: char| !class_char(c))
            .unwrap_or(text.len() - at);
        let name = &text[at..at + len];
        if text[at + len..].starts_with('{') || name.ends_with('-') {
            fragments.insert(format!("{name}{{…}}"));
        } else {
            names.insert(name.to_owned());
        }
    }
}

/// Class name → the files that use it, and the run-time fragments found.
fn used_classes() -> (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    files_under(&src, "rs", &mut files);
    let (mut used, mut all_fragments) = (BTreeMap::<_, BTreeSet<_>>::new(), BTreeSet::new());
    for path in files
        .iter()
        .filter(|p| !p.ends_with("components/css_classes_test.rs"))
    {
        let text = std::fs::read_to_string(path).unwrap();
        let (literals, code) = split_rust(&text);
        let (mut names, mut fragments) = (BTreeSet::new(), BTreeSet::new());
        for literal in &literals {
            mn_names(literal, &mut names, &mut fragments);
        }
        // class:mn-…=… directives.
        let mut rest = code.as_str();
        while let Some(pos) = rest.find("class:mn-") {
            rest = &rest[pos + "class:".len()..];
            let len = rest.find(|c: char| !class_char(c)).unwrap_or(rest.len());
            names.insert(rest[..len].to_owned());
        }
        let file = path.strip_prefix(&src).unwrap().display().to_string();
        for name in names {
            used.entry(name).or_default().insert(file.clone());
        }
        all_fragments.extend(fragments.into_iter().map(|f| format!("{f} in {file}")));
    }
    (used, all_fragments)
}

fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The stylesheets `main.css` bundles, following its `@import`s (as Lightning CSS does).
fn bundled_stylesheets() -> Vec<PathBuf> {
    let main = root().join("style/main.css").canonicalize().unwrap();
    let (mut seen, mut stack) = (Vec::new(), vec![main]);
    while let Some(path) = stack.pop() {
        if seen.contains(&path) {
            continue;
        }
        let css = without_comments(&std::fs::read_to_string(&path).unwrap());
        for line in css.split(';') {
            let Some(import) = line.trim().strip_prefix("@import") else {
                continue;
            };
            let target = import
                .trim()
                .trim_start_matches("url(")
                .split(['"', '\''])
                .find(|s| !s.trim().is_empty())
                .unwrap()
                .trim()
                .trim_end_matches(')');
            let file = path.parent().unwrap().join(target);
            stack.push(
                file.canonicalize()
                    .unwrap_or_else(|_| panic!("{} imports missing {target}", path.display())),
            );
        }
        seen.push(path);
    }
    seen
}

/// Class name → the stylesheets defining it.
fn defined_classes() -> BTreeMap<String, BTreeSet<String>> {
    let style = root().join("style").canonicalize().unwrap();
    let mut out = BTreeMap::<_, BTreeSet<_>>::new();
    for path in bundled_stylesheets() {
        let css = without_comments(&std::fs::read_to_string(&path).unwrap());
        let file = path.strip_prefix(&style).unwrap().display().to_string();
        let mut from = 0;
        while let Some(pos) = css[from..].find(".mn-") {
            let at = from + pos + 1;
            from = at;
            let len = css[at..]
                .find(|c: char| !class_char(c))
                .unwrap_or(css.len() - at);
            out.entry(css[at..at + len].to_owned())
                .or_default()
                .insert(file.clone());
        }
    }
    out
}

#[test]
fn every_class_used_is_defined() {
    let (used, _) = used_classes();
    let defined = defined_classes();
    let undefined: Vec<String> = used
        .iter()
        .filter(|(name, _)| !defined.contains_key(*name))
        .map(|(name, files)| format!("{name} (in {})", Vec::from_iter(files.clone()).join(", ")))
        .collect();
    assert!(
        undefined.is_empty(),
        "classes used in app/src that no stylesheet bundled by style/main.css defines:\n  {}",
        undefined.join("\n  ")
    );
}

#[test]
fn no_class_is_built_at_run_time() {
    let (_, fragments) = used_classes();
    assert!(
        fragments.is_empty(),
        "class names assembled at run time cannot be checked; return each whole name from a \
         typed enum instead:\n  {}",
        Vec::from_iter(fragments).join("\n  ")
    );
}

#[test]
fn every_class_defined_is_used() {
    let (used, _) = used_classes();
    let unused: Vec<String> = defined_classes()
        .into_iter()
        .filter(|(name, _)| !used.contains_key(name))
        .map(|(name, files)| format!("{name} (in {})", Vec::from_iter(files).join(", ")))
        .collect();
    assert!(
        unused.is_empty(),
        "classes defined in style/ that nothing in app/src uses:\n  {}",
        unused.join("\n  ")
    );
}

#[test]
fn every_stylesheet_is_bundled() {
    let mut all = Vec::new();
    files_under(&root().join("style"), "css", &mut all);
    let bundled = bundled_stylesheets();
    let left_out: Vec<String> = all
        .into_iter()
        .map(|p| p.canonicalize().unwrap())
        .filter(|p| !bundled.contains(p))
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        left_out.is_empty(),
        "stylesheets that style/main.css does not import: {left_out:?}"
    );
}

#[test]
fn every_typed_variant_maps_to_defined_classes() {
    let defined = defined_classes();
    let mut classes = Vec::new();
    for variant in ButtonVariant::ALL {
        for size in ButtonSize::ALL {
            classes.push(button_class(*variant, *size));
        }
    }
    classes.extend(IconSize::ALL.iter().map(|s| s.class().to_owned()));
    classes.extend(Tone::ALL.iter().map(|t| t.pill_class().to_owned()));
    classes.extend(MenuAlign::ALL.iter().map(|a| a.class().to_owned()));
    classes.extend(ToastKind::ALL.iter().map(|k| k.class().to_owned()));
    for class in classes {
        for name in class.split_whitespace() {
            assert!(
                defined.contains_key(name),
                "{name} (from {class:?}) is not defined"
            );
        }
    }
}

#[test]
fn the_scanner_sees_every_way_of_writing_a_class() {
    let src = r##"
        // class="mn-in-comment"
        view! { <p class="mn-a mn-b--x" class:mn-c=move || true attr:class="mn-d"></p> }
        let s = "--mn-space-2 .mn-e";
        let f = format!("mn-f mn-g--{tone}");
        let raw = r#"mn-h"#;
        let ch = '"'; let q = "mn-i";
    "##;
    let (literals, code) = split_rust(src);
    let (mut names, mut fragments) = (BTreeSet::new(), BTreeSet::new());
    for literal in &literals {
        mn_names(literal, &mut names, &mut fragments);
    }
    assert!(code.contains("class:mn-c="));
    assert_eq!(
        Vec::from_iter(names),
        ["mn-a", "mn-b--x", "mn-d", "mn-e", "mn-f", "mn-h", "mn-i"]
    );
    assert_eq!(Vec::from_iter(fragments), ["mn-g--{…}"]);
}
