use domain::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Lang, Bundle> {
    static BUNDLES: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, build(lang)))
            .collect()
    })
}

fn build(lang: Lang) -> Bundle {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks around placeables: text stays searchable and testable.
    bundle.set_use_isolating(false);
    for (code, _file, source) in RESOURCES {
        if *code == lang.code() {
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(r) | Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// The text of `key` in `lang`; the key itself if it is missing (the test suite makes sure
/// none is).
pub fn translate(lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
    let Some(bundle) = bundles().get(&lang) else {
        return key.to_owned();
    };
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return key.to_owned();
    };
    let mut errors = vec![];
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// Every message key of `lang` (for the completeness test).
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
