//! Server-rendered pages carry, for the browser's hydration, the data each of their
//! resources loaded. The server may build a page more than once while it waits for data
//! (see "Server rendering" in docs/architecture.md); every build must load the same data,
//! or the browser hydrates against values the HTML does not show and stops working.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use support::{enrol_totp, sign_up, TestServer};

/// The serialized resource values in a server-rendered page, as the browser reads them.
fn resolved_resources(html: &str) -> Vec<String> {
    html.split("__RESOLVED_RESOURCES[")
        .skip(1)
        .filter_map(|chunk| {
            let (_, rest) = chunk.split_once("] = \"")?;
            let end = rest.find("\";")?;
            Some(rest[..end].replace("\\\"", "\""))
        })
        .collect()
}

fn pages_load_the_same_data_in_every_build(server: &TestServer) {
    let mut c = server.client();
    let org = sign_up(&mut c, "Ria", "ria@example.ch", "Ria GmbH", "CH");
    // With two-factor on, the Security page loads its overview with two calls.
    enrol_totp(&mut c);
    let created = c.call(
        "/api/security/create_app_password",
        &[("name", "Backup tool")],
    );
    assert_eq!(created.status, 200, "{}", created.body);
    let me = c.call("/api/account/get_shell", &[]).json()["me"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let pages = [
        "/profile/security".to_owned(),
        "/profile/activity".to_owned(),
        format!("/o/{org}/users/members/{me}"),
    ];
    // The builds race each other's data loads; several renders give a race room to show.
    for round in 0..8 {
        for path in &pages {
            let page = c.get(path, None);
            assert_eq!(page.status, 200, "{path}");
            let resources = resolved_resources(&page.body);
            assert!(!resources.is_empty(), "{path} carries its data");
            for value in &resources {
                assert!(
                    value.starts_with("{\"Ok\""),
                    "{path}, render {round}: a resource loaded {value}"
                );
            }
        }
    }
    // The overview really lists the app password (the second call's data).
    let security = c.get("/profile/security", None);
    assert!(resolved_resources(&security.body)
        .iter()
        .any(|v| v.contains("Backup tool")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_rendered_pages_carry_consistent_data() {
    support::on_each_backend(pages_load_the_same_data_in_every_build).await;
}
