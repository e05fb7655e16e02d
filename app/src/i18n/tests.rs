//! Translation completeness: every key the code uses exists in all five languages, every
//! language has exactly the same keys with the same variables, no key is unused, and every
//! file parses.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::bundles::{keys, translate, RESOURCES};
use crate::routes::SECTIONS;
use domain::dto::{InvitationStatus, PRODUCT_KINDS};
use domain::membership::ContactPref;
use domain::status::{InvoiceStatus, OrderStatus, PaymentStatus, ProductStatus, Status};
use domain::validation::FIELD_ERROR_CODES;
use domain::{country, AppError, Lang, Role};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Keys built at run time from these enumerations.
fn dynamic_keys() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in SECTIONS {
        out.insert(format!("nav-{s}"));
        if *s != "dashboard" {
            out.insert(format!("section-lead-{s}"));
        }
    }
    out.extend(Role::ALL.iter().map(|r| r.label_key()));
    out.extend(Role::ALL.iter().map(|r| format!("{}-hint", r.label_key())));
    out.extend(
        ContactPref::ALL
            .iter()
            .map(|p| format!("contact-pref-{}", p.code())),
    );
    out.extend(
        InvitationStatus::ALL
            .iter()
            .map(|s| format!("invitation-status-{}", s.code())),
    );
    out.extend(country::COUNTRIES.iter().map(|c| country::label_key(c)));
    out.extend(Lang::ALL.iter().map(|l| format!("lang-name-{}", l.code())));
    out.extend(PRODUCT_KINDS.iter().map(|k| format!("product-kind-{k}")));
    out.extend(ProductStatus::ALL.iter().map(|s| s.fluent_key()));
    out.extend(
        domain::dto::ProductFilter::choices()
            .iter()
            .map(|f| f.label_key()),
    );
    out.extend(InvoiceStatus::ALL.iter().map(|s| s.fluent_key()));
    out.extend(OrderStatus::ALL.iter().map(|s| s.fluent_key()));
    out.extend(PaymentStatus::ALL.iter().map(|s| s.fluent_key()));
    out.extend(
        domain::order::PaymentMethod::ALL
            .iter()
            .map(|m| m.label_key()),
    );
    out.extend(
        domain::dto::PrepaidMovement::ALL
            .iter()
            .map(|m| m.label_key()),
    );
    out.extend(
        domain::dto::SECURITY_EVENT_KINDS
            .iter()
            .map(|k| format!("activity-{k}")),
    );
    out.extend(domain::device::PLACES.iter().map(|p| format!("place-{p}")));
    out.extend(AppError::ALL_CODES.iter().map(|c| format!("error-{c}")));
    out.extend(
        AppError::CONFLICT_REASONS
            .iter()
            .map(|r| format!("error-conflict-{r}")),
    );
    out.extend(FIELD_ERROR_CODES.iter().map(|c| format!("field-error-{c}")));
    out
}

/// Literal keys in the source: `tr("…")`, `tr_args("…"`, `tr_mail("…")`, `toast.success("…")`,
/// table columns (`Column::new("…"`, `Column::actions("…"`),
/// the key-taking component props (`label=`, `title=`, `lead=`, `hint=`, `message=`, `body=`)
/// and the fields of `ToggleConfirm`.
fn literal_keys() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                let text = join_tr_in(&std::fs::read_to_string(&path).unwrap());
                let mut previous = "";
                for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                    // A table column's header: `Column::new("…"` or, once formatted, the
                    // key alone on the next line.
                    if previous.ends_with("Column::new(") || previous.ends_with("Column::actions(")
                    {
                        collect_after(line, &[" \""], &mut out);
                    }
                    previous = line.trim_end();
                    collect_after(
                        line,
                        &[
                            "tr(\"",
                            "tr_args(\"",
                            "tr_mail(\"",
                            "tr_in(lang, \"",
                            "toast.success(\"",
                            "Column::new(\"",
                            "Column::actions(\"",
                        ],
                        &mut out,
                    );
                    collect_after(
                        line,
                        &[
                            " label=\"",
                            " title=\"",
                            " lead=\"",
                            " hint=\"",
                            " message=\"",
                            " body=\"",
                            // `ToggleConfirm { on_title: "…", label: "…", … }`
                            " on_title: \"",
                            " on_body: \"",
                            " off_title: \"",
                            " off_body: \"",
                            " label: \"",
                        ],
                        &mut out,
                    );
                }
            }
        }
    }
    out
}

/// `tr_in(\n lang,\n "key"` as rustfmt breaks a long call, joined back onto one line.
fn join_tr_in(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = rest.find("tr_in(") {
        let (head, tail) = rest.split_at(pos + "tr_in(".len());
        out.push_str(head);
        let trimmed = tail.trim_start();
        rest = match trimmed.strip_prefix("lang,") {
            Some(after)
                if trimmed.len() != tail.len() || after.starts_with(char::is_whitespace) =>
            {
                out.push_str("lang, ");
                after.trim_start()
            }
            _ => tail,
        };
    }
    out.push_str(rest);
    out
}

fn collect_after(line: &str, openers: &[&str], out: &mut BTreeSet<String>) {
    for opener in openers {
        let mut rest = line;
        while let Some(pos) = rest.find(opener) {
            // `tr("` must be a call of its own, not the end of `push_str("`.
            let joined = !opener.starts_with(' ')
                && rest[..pos]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_');
            rest = &rest[pos + opener.len()..];
            if joined {
                continue;
            }
            if let Some(end) = rest.find('"') {
                out.insert(rest[..end].to_owned());
            }
        }
    }
}

fn key_set(lang: Lang) -> BTreeSet<String> {
    keys(lang).into_iter().map(|(k, _)| k).collect()
}

#[test]
fn every_used_key_exists_in_english() {
    let english = key_set(Lang::En);
    let used: BTreeSet<String> = literal_keys().union(&dynamic_keys()).cloned().collect();
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "keys used but missing in en: {missing:?}"
    );
}

#[test]
fn no_key_is_unused() {
    let used: BTreeSet<String> = literal_keys().union(&dynamic_keys()).cloned().collect();
    let unused: Vec<_> = key_set(Lang::En).difference(&used).cloned().collect();
    assert!(
        unused.is_empty(),
        "keys in en that no code uses: {unused:?}"
    );
}

#[test]
fn all_languages_have_the_same_keys_in_the_same_files() {
    let english: BTreeMap<String, String> = keys(Lang::En).into_iter().collect();
    for lang in Lang::ALL {
        let theirs: BTreeMap<String, String> = keys(lang).into_iter().collect();
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has keys English lacks: {extra:?}"
        );
        for (key, file) in &english {
            assert_eq!(&theirs[key], file, "{lang:?}: {key} is in another file");
        }
    }
}

/// `{ $name }` variables of a message's source text.
fn variables(source: &str, key: &str) -> BTreeSet<String> {
    let start = source
        .lines()
        .position(|l| l.starts_with(&format!("{key} =")))
        .unwrap();
    let mut text = String::new();
    for (i, line) in source.lines().enumerate().skip(start) {
        if i > start && !line.starts_with(' ') {
            break;
        }
        text.push_str(line);
    }
    text.split('$')
        .skip(1)
        .map(|s| {
            s.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

#[test]
fn translations_use_the_same_variables() {
    for (key, file) in keys(Lang::En) {
        let source_of = |lang: Lang| {
            RESOURCES
                .iter()
                .find(|(code, f, _)| *code == lang.code() && *f == file)
                .map(|(_, _, s)| *s)
                .unwrap()
        };
        let expected = variables(source_of(Lang::En), &key);
        for lang in Lang::ALL {
            assert_eq!(variables(source_of(lang), &key), expected, "{lang:?} {key}");
        }
    }
}

#[test]
fn every_resource_parses_without_errors() {
    for (code, file, source) in RESOURCES {
        if let Err((_, errors)) = fluent_syntax::parser::parse(*source) {
            panic!("{code}/{file}: {errors:?}");
        }
    }
    assert_eq!(
        RESOURCES.iter().map(|r| r.0).collect::<BTreeSet<_>>().len(),
        5
    );
}

#[test]
fn plurals_and_arguments_render() {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", 1);
    assert_eq!(
        translate(Lang::En, "dashboard-unpaid-count", Some(&args)),
        "one unpaid invoice"
    );
    args.set("count", 3);
    assert_eq!(
        translate(Lang::En, "dashboard-unpaid-count", Some(&args)),
        "3 unpaid invoices"
    );
    assert_ne!(
        translate(Lang::De, "nav-products", None),
        translate(Lang::En, "nav-products", None)
    );
}
