//! Mandant's webhook that every payment processor calls (`/webhooks/payments/{processor}`):
//! the processor in use checks its signature, and the event is applied once through the
//! payments use case. A callback for another processor, or one it did not sign, is refused
//! and changes nothing; a signed one about a step before the payment's end is acknowledged
//! and changes nothing either.

use crate::router::AppState;
use app::payments::WebhookError;
use app::use_cases::payments::{apply_event, Applied};
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

/// A processor's callback.
pub async fn webhook(
    State(state): State<AppState>,
    Path(processor): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(processor) = state.payments.by_label(&processor) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let signature = headers
        .get(processor.signature_header())
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let event = match processor.verify(signature, &body) {
        Ok(event) => event,
        Err(WebhookError::NotFinal) => return answer("nothing"),
        Err(err) => {
            tracing::warn!(?err, "a payment callback was refused");
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    match apply_event(&state.db, processor.label(), &event).await {
        Ok(applied) => answer(match applied {
            Applied::Paid => "paid",
            Applied::NotPaid => "not-paid",
            Applied::Nothing => "nothing",
        }),
        Err(err) => {
            tracing::error!(?err, "a payment callback could not be applied");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

fn answer(applied: &str) -> Response {
    axum::Json(serde_json::json!({ "applied": applied })).into_response()
}
