//! The five interface languages and how a request's language is chosen.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Fr,
    #[default]
    En,
    De,
    It,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Fr, Lang::En, Lang::De, Lang::It, Lang::Es];

    /// BCP 47 primary subtag, used in `<html lang>`, cookies and storage.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::De => "de",
            Lang::It => "it",
            Lang::Es => "es",
        }
    }

    /// Accepts `de`, `DE`, `de-CH`, `de_CH`…
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Best supported language of an `Accept-Language` header (quality-ordered), if any.
    pub fn negotiate(accept_language: &str) -> Option<Lang> {
        let mut candidates: Vec<(f32, usize, Lang)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(pos, part)| {
                let mut pieces = part.split(';');
                let lang = Lang::parse(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0).then_some((q, pos, lang))
            })
            .collect();
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        candidates.first().map(|c| c.2)
    }

    /// The region (country) an `Accept-Language` header suggests, e.g. `de-CH` → `CH`.
    pub fn region_hint(accept_language: &str) -> Option<String> {
        accept_language.split(',').find_map(|part| {
            let tag = part.split(';').next()?.trim();
            let region = tag.split(['-', '_']).nth(1)?;
            (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
                .then(|| region.to_ascii_uppercase())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_by_quality_then_order() {
        assert_eq!(Lang::negotiate("de-CH,de;q=0.9,en;q=0.8"), Some(Lang::De));
        assert_eq!(Lang::negotiate("ja,it;q=0.5,fr;q=0.7"), Some(Lang::Fr));
        assert_eq!(Lang::negotiate("ja,zh"), None);
        assert_eq!(Lang::negotiate("es;q=0,en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::negotiate(""), None);
    }

    #[test]
    fn region_hint_reads_the_first_region() {
        assert_eq!(Lang::region_hint("fr-CH, fr;q=0.9"), Some("CH".into()));
        assert_eq!(Lang::region_hint("en"), None);
    }
}
