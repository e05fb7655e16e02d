//! The lazily loaded parts of the client (one per section, see `lazy_sections!` in
//! `app.rs`). A page rendered on the server names its section's files in `<head>`, so the
//! browser fetches them beside the main file instead of after it has started.

use std::collections::HashMap;
use std::sync::Arc;

/// The files of each lazily loaded part, by the name of the part's loader. Read from the
/// split build's manifest (`pkg/__wasm_split_manifest.json`); empty for an unsplit build.
#[derive(Clone, Debug, Default)]
pub struct ClientParts(Arc<HashMap<String, Vec<String>>>);

impl ClientParts {
    /// The manifest maps `<loader>_<hash>` to file stems; an unreadable one announces nothing.
    pub fn from_manifest(json: &str) -> ClientParts {
        let manifest: HashMap<String, Vec<String>> = serde_json::from_str(json).unwrap_or_default();
        let by_loader = manifest
            .into_iter()
            .filter_map(|(key, files)| {
                let (loader, hash) = key.rsplit_once('_')?;
                hash.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| (loader.to_owned(), files))
            })
            .collect();
        ClientParts(Arc::new(by_loader))
    }

    /// The file stems (`chunk_7`, `split_users_pages_…`) the loader's part needs.
    pub fn files(&self, loader: &str) -> &[String] {
        self.0.get(loader).map(Vec::as_slice).unwrap_or_default()
    }
}

/// Adds preload links for the part's files to the page being rendered.
#[cfg(feature = "ssr")]
pub fn announce(loader: &str) {
    use crate::AssetRoot;
    use leptos::prelude::*;
    use leptos_meta::Link;

    let Some(parts) = use_context::<ClientParts>() else {
        return;
    };
    let root = use_context::<AssetRoot>()
        .map(|AssetRoot(root)| root)
        .unwrap_or_default();
    for file in parts.files(loader) {
        // Rendering a `<Link>` registers it with the page's head; the HTML returned is empty.
        let _ = view! {
            <Link
                rel="preload"
                href=format!("{root}/pkg/{file}.wasm")
                as_="fetch"
                type_="application/wasm"
                crossorigin="anonymous"
            />
        }
        .to_html();
    }
}

#[cfg(test)]
mod tests {
    use super::ClientParts;

    #[test]
    fn the_manifest_gives_each_loader_its_files() {
        let parts = ClientParts::from_manifest(
            r#"{"users_pages_16500023821824396277": ["chunk_7", "split_users_pages_16500023821824396277"],
                "access_pages_16500023821824396277": ["chunk_6"]}"#,
        );
        assert_eq!(
            parts.files("users_pages"),
            ["chunk_7", "split_users_pages_16500023821824396277"]
        );
        assert_eq!(parts.files("access_pages"), ["chunk_6"]);
        assert!(parts.files("profile_pages").is_empty());
    }

    #[test]
    fn an_unsplit_build_or_a_broken_manifest_announces_nothing() {
        assert!(ClientParts::from_manifest("")
            .files("users_pages")
            .is_empty());
        assert!(ClientParts::from_manifest("[1, 2]")
            .files("users_pages")
            .is_empty());
    }
}
