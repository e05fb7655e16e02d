//! Interface text through Fluent. Every visible string has a key in each of
//! `locales/{fr,en,de,it,es}/*.ftl`; `tests.rs` proves the five sets match the code.

mod bundles;
#[cfg(feature = "hydrate")]
mod fetch;
mod locale;
#[cfg(all(test, feature = "ssr"))]
mod tests;

#[cfg(feature = "ssr")]
pub use bundles::language_file;
pub use bundles::{is_loaded, translate};
#[cfg(feature = "hydrate")]
pub use fetch::load_language;
pub use locale::{initial_region, provide_locale, use_locale, Locale, LANG_COOKIE};

use domain::Lang;
use fluent_bundle::FluentArgs;

/// Where the server serves each language's file, below the build's address
/// (`<root>/locales/fr.ftl`): the shell names it, the server makes it, the client fetches it.
pub const LANGUAGE_FILES: &str = "/locales";

/// The path of `lang`'s file below the build's address.
pub fn language_file_path(lang: Lang) -> String {
    format!("{LANGUAGE_FILES}/{}.ftl", lang.code())
}

/// A reactive translation of `key` in the viewer's current language, for use in views:
/// `{tr("nav-dashboard")}` re-renders when the language changes.
pub fn tr(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || translate(locale.lang(), key, None)
}

/// Like [`tr`] for keys computed at run time (error codes, roles, countries).
pub fn tr_dyn(key: String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let locale = use_locale();
    move || translate(locale.lang(), &key, None)
}

/// Translation with named arguments: `tr_args(key, vec![("count", n.to_string())])`.
pub fn tr_args(
    key: &'static str,
    args: Vec<(&'static str, String)>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let locale = use_locale();
    move || tr_in(locale.lang(), key, &args)
}

/// `key` in `lang` with `args`, outside any page (documents, and the words pages and
/// documents share). Numbers stay numbers, so plural rules apply to them.
pub fn tr_in(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value.parse::<f64>() {
            Ok(number) => fluent_args.set(*name, number),
            Err(_) => fluent_args.set(*name, value.clone()),
        }
    }
    translate(lang, key, Some(&fluent_args))
}
