//! The Fluent bundles. The server compiles in every language; the browser holds only the
//! languages it has loaded (the viewer's, fetched before hydration; another when the viewer
//! switches), which keeps five languages' text out of the client.

use domain::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

type Bundle = FluentBundle<FluentResource>;

fn bundle_of<'a>(lang: Lang, sources: impl IntoIterator<Item = &'a str>) -> Bundle {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks around placeables: text stays searchable and testable.
    bundle.set_use_isolating(false);
    for source in sources {
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

#[cfg(feature = "ssr")]
mod compiled {
    use super::{bundle_of, Bundle};
    use domain::Lang;
    use std::collections::HashMap;
    use std::sync::OnceLock;

    include!(concat!(env!("OUT_DIR"), "/locales.rs"));

    fn sources(lang: Lang) -> impl Iterator<Item = &'static str> {
        RESOURCES
            .iter()
            .filter(move |(code, _, _)| *code == lang.code())
            .map(|(_, _, source)| *source)
    }

    pub fn with_bundle<R>(lang: Lang, f: impl FnOnce(&Bundle) -> R) -> Option<R> {
        static BUNDLES: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
        BUNDLES
            .get_or_init(|| {
                Lang::ALL
                    .into_iter()
                    .map(|lang| (lang, bundle_of(lang, sources(lang))))
                    .collect()
            })
            .get(&lang)
            .map(f)
    }

    /// All of a language's messages in one text, as the browser loads them.
    pub fn language_file(lang: Lang) -> String {
        sources(lang).collect::<Vec<_>>().join("\n")
    }

    /// Every message key of `lang` with its file (for the completeness test).
    #[cfg(test)]
    pub fn keys(lang: Lang) -> Vec<(String, String)> {
        use fluent_syntax::ast::Entry;
        let mut out = vec![];
        for (code, file, source) in RESOURCES {
            if *code != lang.code() {
                continue;
            }
            let resource = match fluent_syntax::parser::parse(*source) {
                Ok(r) => r,
                Err((_, errs)) => panic!("{code}/{file}: {errs:?}"),
            };
            for entry in resource.body {
                if let Entry::Message(m) = entry {
                    out.push((m.id.name.to_owned(), (*file).to_owned()));
                }
            }
        }
        out
    }
}

#[cfg(not(feature = "ssr"))]
mod loaded {
    use super::{bundle_of, Bundle};
    use domain::Lang;
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        // The browser runs the client on one thread.
        static LOADED: RefCell<HashMap<Lang, Bundle>> = RefCell::default();
    }

    pub fn with_bundle<R>(lang: Lang, f: impl FnOnce(&Bundle) -> R) -> Option<R> {
        LOADED.with_borrow(|loaded| loaded.get(&lang).map(f))
    }

    /// Makes `source` (a language file as the server serves it) the text of `lang`.
    pub fn load(lang: Lang, source: &str) {
        let bundle = bundle_of(lang, [source]);
        LOADED.with_borrow_mut(|loaded| loaded.insert(lang, bundle));
    }
}

#[cfg(feature = "ssr")]
pub use compiled::language_file;
#[cfg(feature = "ssr")]
use compiled::with_bundle;
#[cfg(all(test, feature = "ssr"))]
pub use compiled::{keys, RESOURCES};
#[cfg(not(feature = "ssr"))]
pub use loaded::load;
#[cfg(not(feature = "ssr"))]
use loaded::with_bundle;

/// Whether `lang`'s text is at hand (always on the server).
pub fn is_loaded(lang: Lang) -> bool {
    with_bundle(lang, |_| ()).is_some()
}

/// The text of `key` in `lang`; the key itself if it is missing (the test suite makes sure
/// none is) or, in the browser, if the language is not loaded yet.
pub fn translate(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    with_bundle(lang, |bundle| {
        let pattern = bundle.get_message(key).and_then(|m| m.value())?;
        let mut errors = vec![];
        Some(
            bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    })
    .flatten()
    .unwrap_or_else(|| key.to_owned())
}
