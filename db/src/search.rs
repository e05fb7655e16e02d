//! Text search in lists.

/// A `LIKE … ESCAPE '\'` pattern matching `search` anywhere, case-folded (compare it with
/// `LOWER(column)`), its own `%`, `_` and `\` taken literally.
pub(crate) fn contains_pattern(search: &str) -> String {
    format!(
        "%{}%",
        search
            .trim()
            .to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    )
}
