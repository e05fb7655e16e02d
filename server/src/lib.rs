//! The `mandant` server: configuration, the HTTP router with its session layer, demo data.
// The console's nested views build deep types (see app/src/lib.rs).
#![recursion_limit = "256"]

mod app_api;
pub mod assets;
pub mod bench;
pub mod catalogue_cli;
pub mod config;
pub mod datatrans;
pub mod delivery;
mod events;
pub mod invoices_cli;
pub mod jobs;
pub mod mailer;
mod media;
pub mod offers_cli;
mod payment_webhooks;
pub mod payments_cli;
pub mod router;
mod sandbox_checkout;
pub mod seed;
mod session_layer;
pub mod sms;

pub use config::Config;
pub use router::{build_router, AppState};

use std::net::SocketAddr;

/// Serves `router` on `listener` until the process is stopped.
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    router: axum::Router,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    // Small responses go out at once instead of waiting for the previous one's ACK.
    let listener = listener.tap_io(|tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::warn!(%err, "cannot set TCP_NODELAY");
        }
    });
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
}
