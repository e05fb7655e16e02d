//! Media only members may see: organisation logos. The URL carries the logo's version, so
//! browsers may keep it; a new logo gets a new URL.

use axum::extract::{Path, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use db::sessions::ActiveSession;
use db::OrgScope;
use domain::{OrgId, Permission};

use crate::router::AppState;

pub async fn org_logo(
    State(state): State<AppState>,
    Path(org): Path<String>,
    req: Request,
) -> Response {
    let Some(session) = req.extensions().get::<ActiveSession>() else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let Ok(org) = org.parse::<OrgId>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(scope) = OrgScope::authorize(&state.db, session.user.id, org, Permission::OrgView).await
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match db::org_settings::logo(&state.db, &scope).await {
        Ok(Some(png)) => (
            [
                (header::CONTENT_TYPE, "image/png"),
                (
                    header::CACHE_CONTROL,
                    "private, max-age=31536000, immutable",
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            ],
            png,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "logo unavailable");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
