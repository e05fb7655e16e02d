//! What pages and components both need from the layout they live in: the organisation in
//! the URL, page data tied to it, the shell's list of organisations, and the choices of the
//! region selects. Pages and components import this; components never import pages.

mod options;
mod org_context;
mod reload;
mod shell_data;

pub use options::{country_options, language_options};
pub use org_context::{org_resource, org_resource_after, use_org_param};
pub use reload::{server_successes, successes};
pub use shell_data::Shell;

#[cfg(test)]
mod tests {
    /// Components are the lower layer: they may use `layout`, never a page module.
    #[test]
    fn components_do_not_import_pages() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/components");
        let mut offenders = Vec::new();
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if text.contains("crate::pages") || text.contains("super::super::pages") {
                offenders.push(entry.file_name().to_string_lossy().into_owned());
            }
        }
        offenders.sort();
        assert!(
            offenders.is_empty(),
            "components importing pages: {offenders:?}"
        );
        assert!(
            std::path::Path::new(dir).join("shell.rs").exists(),
            "scanned the right folder"
        );
    }
}
