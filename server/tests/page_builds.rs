//! A signed-in page loads its data once per request: the server builds the page once, beside
//! the shell's own load, instead of again each time a boundary above it finishes waiting
//! (which ran every page's queries two or three times).
//!
//! Statements are counted from sqlx's statement log; this binary holds one test so no other
//! scenario's statements mix in.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use std::sync::atomic::{AtomicUsize, Ordering};
use support::{sign_up, Client, TestServer};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

static STATEMENTS: AtomicUsize = AtomicUsize::new(0);

/// Counts every statement sqlx logs.
struct CountStatements;

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for CountStatements {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() == "sqlx::query" {
            STATEMENTS.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// The statements one request ran: the fewest of several tries, as a new pooled connection
/// logs its own set-up statements.
fn statements(mut request: impl FnMut() -> u16) -> usize {
    (0..6)
        .map(|_| {
            let before = STATEMENTS.load(Ordering::SeqCst);
            assert_eq!(request(), 200);
            STATEMENTS.load(Ordering::SeqCst) - before
        })
        .min()
        .unwrap()
}

fn pages_load_their_data_once(server: &TestServer) {
    let mut c: Client = server.client();
    let org = sign_up(&mut c, "Lena", "lena@example.ch", "Lena AG", "CH");
    // Settles the session's once-a-minute touch before anything is counted.
    c.call("/api/account/get_shell", &[]);

    let shell = statements(|| c.call("/api/account/get_shell", &[]).status);
    let members = statements(|| {
        c.call_json(
            "/api/members/list_members",
            &json!({"org": org, "query": {}}),
        )
        .status
    });
    let page = statements(|| c.get(&format!("/o/{org}/users"), None).status);
    eprintln!("statements: shell {shell}, members {members}, members page {page}");
    // Each call above also resolved the session; the page resolves it once for both loads.
    assert!(
        page < shell + members,
        "the members page ran {page} statements; its two loads alone take {shell} + {members}"
    );
    assert!(page > members, "the page counted its loads ({page})");

    let dashboard = statements(|| c.call("/api/orgs/get_dashboard", &[("org", &org)]).status);
    let page = statements(|| c.get(&format!("/o/{org}/dashboard"), None).status);
    eprintln!("statements: dashboard {dashboard}, dashboard page {page}");
    assert!(
        page < shell + dashboard,
        "the dashboard ran {page} statements; its two loads alone take {shell} + {dashboard}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_in_pages_load_their_data_once() {
    tracing_subscriber::registry()
        .with(CountStatements.with_filter(tracing_subscriber::EnvFilter::new("sqlx::query=debug")))
        .init();
    support::on_each_backend(pages_load_their_data_once).await;
}
