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
    let session = req.extensions().get::<ActiveSession>().cloned();
    let (_, scope) = match scope_of(&state, session, &org).await {
        Ok(found) => found,
        Err(status) => return status.into_response(),
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

/// A member's session and the organisation's scope, or the status to answer.
async fn scope_of(
    state: &AppState,
    session: Option<ActiveSession>,
    org: &str,
) -> Result<(ActiveSession, OrgScope), StatusCode> {
    let session = session.ok_or(StatusCode::UNAUTHORIZED)?;
    let org = org.parse::<OrgId>().map_err(|_| StatusCode::NOT_FOUND)?;
    let scope = OrgScope::authorize(&state.db, session.user.id, org, Permission::OrgView)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    Ok((session, scope))
}

/// A PDF to open in the browser's viewer or save, never kept by shared caches.
fn pdf_response(
    result: Result<app::use_cases::invoice_documents::Pdf, domain::AppError>,
) -> Response {
    match result {
        Ok(pdf) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"{}\"", pdf.file_name),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            ],
            pdf.bytes,
        )
            .into_response(),
        Err(domain::AppError::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(domain::AppError::Forbidden) => StatusCode::FORBIDDEN.into_response(),
        Err(err) => {
            tracing::error!(error = %err, "document unavailable");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The reader of a document named in the URL: their region and the organisation's scope,
/// with the document's id; else the status to answer.
async fn reader_of<Id: std::str::FromStr>(
    state: &AppState,
    session: Option<ActiveSession>,
    org: &str,
    id: &str,
) -> Result<(domain::datetime::Region, OrgScope, Id), StatusCode> {
    let (session, scope) = scope_of(state, session, org).await?;
    let id = id.parse().map_err(|_| StatusCode::NOT_FOUND)?;
    Ok((session.user.region, scope, id))
}

/// A paid invoice as a PDF, in the reader's language.
pub async fn invoice_pdf(
    State(state): State<AppState>,
    Path((org, invoice)): Path<(String, String)>,
    req: Request,
) -> Response {
    let session = req.extensions().get::<ActiveSession>().cloned();
    match reader_of(&state, session, &org, &invoice).await {
        Ok((region, scope, invoice)) => pdf_response(
            app::use_cases::invoice_documents::invoice_pdf(&state.db, &scope, invoice, &region)
                .await,
        ),
        Err(status) => status.into_response(),
    }
}

/// The organisation's deposit slip (QR-bill without amount) as a PDF, in the reader's
/// language.
pub async fn deposit_slip_pdf(
    State(state): State<AppState>,
    Path(org): Path<String>,
    req: Request,
) -> Response {
    let session = req.extensions().get::<ActiveSession>().cloned();
    match scope_of(&state, session, &org).await {
        Ok((session, scope)) => pdf_response(
            app::use_cases::deposit_slips::deposit_slip_pdf(
                &state.db,
                &scope,
                &session.user.region,
            )
            .await,
        ),
        Err(status) => status.into_response(),
    }
}

/// A credit note as a PDF, in the reader's language.
pub async fn credit_note_pdf(
    State(state): State<AppState>,
    Path((org, note)): Path<(String, String)>,
    req: Request,
) -> Response {
    let session = req.extensions().get::<ActiveSession>().cloned();
    match reader_of(&state, session, &org, &note).await {
        Ok((region, scope, note)) => pdf_response(
            app::use_cases::credit_notes::credit_note_pdf(&state.db, &scope, note, &region).await,
        ),
        Err(status) => status.into_response(),
    }
}

/// A pending order's pro forma as a PDF, in the reader's language.
pub async fn pro_forma_pdf(
    State(state): State<AppState>,
    Path((org, order)): Path<(String, String)>,
    req: Request,
) -> Response {
    let session = req.extensions().get::<ActiveSession>().cloned();
    match reader_of(&state, session, &org, &order).await {
        Ok((region, scope, order)) => pdf_response(
            app::use_cases::invoice_documents::pro_forma_pdf(&state.db, &scope, order, &region)
                .await,
        ),
        Err(status) => status.into_response(),
    }
}
