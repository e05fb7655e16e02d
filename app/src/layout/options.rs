//! Choices of the language and country selects, in every form that asks for a region.

use domain::{country, Lang};

/// Choices of the language select: (code, Fluent key of the language's own name).
pub fn language_options() -> Vec<(String, String)> {
    Lang::ALL
        .iter()
        .map(|l| (l.code().to_owned(), format!("lang-name-{}", l.code())))
        .collect()
}

pub fn country_options() -> Vec<(String, String)> {
    country::COUNTRIES
        .iter()
        .map(|c| ((*c).to_owned(), country::label_key(c)))
        .collect()
}
