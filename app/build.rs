//! Embeds every `locales/<lang>/<domain>.ftl` file, so adding a domain file needs no code.

use std::fs;
use std::path::Path;

fn main() {
    // Read at run time, not with env!(): checkouts at different paths share this build
    // script's binary, and a baked-in path would read another checkout's locales.
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&manifest_dir).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("/// (language code, file name, contents)\npub static RESOURCES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        let lang_name = lang.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", lang.path().display());
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .into_iter()
            .flatten()
            .flatten()
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ftl") {
                println!("cargo:rerun-if-changed={}", file.path().display());
                out.push_str(&format!(
                    "    ({lang_name:?}, {name:?}, include_str!({:?})),\n",
                    file.path()
                        .canonicalize()
                        .unwrap_or(file.path())
                        .display()
                        .to_string()
                ));
            }
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("locales.rs");
    let _ = fs::write(dest, out);
}
