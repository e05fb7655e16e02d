//! The HTTP router: static files straight from memory; server functions and server-rendered
//! pages behind the session layer, compressed.

use crate::assets::Assets;
use crate::config::Config;
use crate::session_layer::session_layer;
use app::api::ssr::ServerConfig;
use app::{shell, App};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use db::Db;
use leptos::prelude::*;
use leptos_axum::{generate_route_list, handle_server_fns_with_context, LeptosRoutes};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// Shared by every request.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Config,
    pub server_config: ServerConfig,
    pub leptos: LeptosOptions,
    pub assets: Assets,
    pub client_parts: app::ClientParts,
    /// The payment processor in use: Datatrans when configured, else the sandbox.
    pub payments: app::payments::Payments,
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("mandant")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.listen)
        .build()
}

async fn server_fn_handler(State(state): State<AppState>, req: Request<Body>) -> impl IntoResponse {
    handle_server_fns_with_context(move || provide_server_context(&state), req).await
}

fn provide_server_context(state: &AppState) {
    provide_context(state.db.clone());
    provide_context(state.server_config.clone());
    provide_context(app::AssetRoot(state.assets.root()));
    provide_context(state.client_parts.clone());
    provide_context(state.payments.clone());
}

async fn serve_asset(State(assets): State<Assets>, req: Request<Body>) -> impl IntoResponse {
    assets.respond(&req)
}

/// Every file of the site at its own path and under the build-id prefix, outside the
/// session layer: a file never needs the database.
fn asset_routes(assets: Assets) -> Router {
    let mut router = Router::new().route(&format!("{}/{{*file}}", assets.root()), get(serve_asset));
    for path in assets.paths() {
        router = router.route(path, get(serve_asset));
    }
    router.with_state(assets)
}

pub fn build_router(db: Db, config: Config, demo: bool) -> Router {
    let leptos = leptos_options(&config);
    let languages = domain::Lang::ALL.into_iter().map(|lang| {
        (
            app::i18n::language_file_path(lang),
            app::i18n::language_file(lang).into_bytes(),
        )
    });
    let assets = Assets::load_with(std::path::Path::new(&config.site_root), languages);
    let payments = match &config.datatrans {
        Some(datatrans) => app::payments::Payments {
            cards: std::sync::Arc::new(crate::datatrans::Datatrans::new(
                datatrans.clone(),
                &config.public_url,
            )),
        },
        None => {
            app::payments::Payments::sandbox(&config.public_url, &config.payment_sandbox_secret)
        }
    };
    let state = AppState {
        payments,
        server_config: ServerConfig {
            secure_cookies: config.secure_cookies(),
            demo,
            public_url: config.public_url.trim_end_matches('/').to_owned(),
            seller_country: config.seller_country.clone(),
        },
        db,
        config,
        leptos: leptos.clone(),
        client_parts: assets.client_parts(),
        assets: assets.clone(),
    };
    let routes = generate_route_list(App);
    let context_state = state.clone();
    let pages = Router::new()
        .route(
            "/api/{*fn_name}",
            post(server_fn_handler).get(server_fn_handler),
        )
        .route("/media/logo/{org}", get(crate::media::org_logo))
        .route(
            "/media/invoices/{org}/{invoice}",
            get(crate::media::invoice_pdf),
        )
        .route(
            "/media/deposit-slip/{org}",
            get(crate::media::deposit_slip_pdf),
        )
        .route(
            "/media/credit-notes/{org}/{note}",
            get(crate::media::credit_note_pdf),
        )
        .route(
            "/media/pro-forma/{org}/{order}",
            get(crate::media::pro_forma_pdf),
        )
        .route("/app-api/whoami", get(crate::app_api::whoami))
        .route("/events", get(crate::events::events))
        .route(
            "/sandbox/checkout/{reference}",
            get(crate::sandbox_checkout::show).post(crate::sandbox_checkout::submit),
        )
        .route(
            "/webhooks/payments/{processor}",
            post(crate::payment_webhooks::webhook),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_server_context(&context_state),
            {
                let leptos = leptos.clone();
                move || shell(leptos.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session_layer,
        ))
        // Pages and server-function answers; event streams and images are left alone. Brotli's
        // own default (quality 11) is meant for files compressed once; 4 is the usual choice
        // for responses compressed on the fly.
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(4)))
        .with_state(state);
    asset_routes(assets).merge(pages)
}
