//! The sandbox payment processor's side, served by Mandant itself: its hosted checkout page
//! (`/sandbox/checkout/{ref}`, clearly labelled, test card numbers only). Submitting the
//! page sends the signed result to Mandant's webhook (`payment_webhooks.rs`) over HTTP like a
//! real processor would — twice, as processors sometimes do — and then sends the payer back
//! to the order.

use crate::router::AppState;
use app::payments::{
    Outcome, SandboxProcessor, SANDBOX_CARD_DECLINED, SANDBOX_CARD_OK, SANDBOX_SIGNATURE_HEADER,
};
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use db::SystemScope;
use domain::status::PaymentStatus;

fn sandbox(state: &AppState) -> SandboxProcessor {
    SandboxProcessor::new(
        &state.config.public_url,
        &state.config.payment_sandbox_secret,
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// What the page shows of a checkout.
struct Shown {
    amount: String,
    /// What is paid: `Pay order O-…` or the deposit.
    title: String,
    back: String,
    open: bool,
    method: domain::order::PaymentMethod,
    /// The payer asked to keep what they pay with.
    save: bool,
}

async fn checkout(state: &AppState, reference: &str) -> Option<Shown> {
    let scope = SystemScope::payment_processor("sandbox");
    let found = db::payments::by_processor_ref(&state.db, &scope, "sandbox", reference)
        .await
        .ok()??;
    // A deposit has no order: it goes back to the prepaid account.
    let (title, back) = match found.order {
        Some(order_id) => {
            let order = db::orders::for_system(&state.db, &scope, found.org, order_id)
                .await
                .ok()??;
            (
                format!("Pay order {}", order.number),
                format!("/o/{}/accounting/orders/{}", found.org, order_id),
            )
        }
        None => (
            "Deposit to the prepaid account".to_owned(),
            format!("/o/{}/accounting/prepaid", found.org),
        ),
    };
    let amount = &found.row.amount;
    Some(Shown {
        amount: format!(
            "{} {}.{:02}",
            amount.currency.code(),
            amount.minor / 100,
            (amount.minor % 100).abs()
        ),
        title,
        back,
        open: found.row.status == PaymentStatus::Pending,
        method: found.row.method,
        save: found.save_method,
    })
}

/// The provider a method's page stands in for, as the page names it.
fn provider_name(method: domain::order::PaymentMethod) -> &'static str {
    use domain::order::PaymentMethod as M;
    match method {
        M::PostfinanceCard => "PostFinance Card",
        M::Paypal => "PayPal",
        M::Twint => "TWINT",
        _ => "Card",
    }
}

fn page(reference: &str, shown: &Shown, problem: Option<&str>) -> Html<String> {
    let form = if shown.open && shown.method.approved_by_payer() {
        // PayPal and TWINT: the payer approves or declines on the provider's side.
        format!(
            r#"<form method="post" action="/sandbox/checkout/{reference}">
  <p>Approve this payment as the payer would in {provider}.</p>
  <button type="submit" name="action" value="approve" data-testid="sandbox-approve">Approve {amount}</button>
  <button type="submit" name="action" value="decline" data-testid="sandbox-decline">Decline</button>
  <button type="submit" name="action" value="cancel" data-testid="sandbox-cancel">Cancel</button>
</form>"#,
            reference = escape(reference),
            provider = provider_name(shown.method),
            amount = escape(&shown.amount),
        )
    } else if shown.open {
        format!(
            r#"<form method="post" action="/sandbox/checkout/{reference}">
  <label for="card">{provider} number</label>
  <input id="card" name="card" inputmode="numeric" autocomplete="off" required data-testid="sandbox-card">
  {problem}
  <p class="hint">Test cards: {ok} is paid, {declined} is declined.</p>
  <button type="submit" name="action" value="pay" data-testid="sandbox-pay">Pay {amount}</button>
  <button type="submit" name="action" value="cancel" formnovalidate data-testid="sandbox-cancel">Cancel</button>
</form>"#,
            reference = escape(reference),
            problem = problem
                .map(|p| format!(r#"<p class="problem" role="alert">{}</p>"#, escape(p)))
                .unwrap_or_default(),
            provider = provider_name(shown.method),
            ok = SANDBOX_CARD_OK,
            declined = SANDBOX_CARD_DECLINED,
            amount = escape(&shown.amount),
        )
    } else {
        format!(
            r#"<p>This checkout is closed.</p><p><a href="{}">Back to the order</a></p>"#,
            escape(&shown.back)
        )
    };
    Html(format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sandbox checkout</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 28rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }}
.banner {{ background: #fff4ce; border: 1px solid #e0b600; padding: .5rem .75rem; border-radius: 6px; }}
label {{ display: block; font-weight: 600; margin-top: 1rem; }}
input {{ width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }}
button {{ margin-top: 1rem; margin-right: .5rem; padding: .5rem 1rem; font: inherit; min-height: 44px; }}
.hint {{ color: #57606a; font-size: 14px; }} .problem {{ color: #b42318; }}
</style></head>
<body data-testid="sandbox-checkout">
<p class="banner"><strong>Sandbox payment processor</strong> — no real money is moved.</p>
<h1>{title}</h1>
<p>Paying with <strong data-testid="sandbox-method">{provider}</strong>: <strong data-testid="sandbox-amount">{amount}</strong></p>
{keep}
{form}
</body></html>"#,
        title = escape(&shown.title),
        provider = provider_name(shown.method),
        amount = escape(&shown.amount),
        keep = if shown.save {
            r#"<p class="hint" data-testid="sandbox-keeps">Once paid, the sandbox keeps this for later payments.</p>"#
        } else {
            ""
        },
    ))
}

/// The hosted checkout page.
pub async fn show(State(state): State<AppState>, Path(reference): Path<String>) -> Response {
    match checkout(&state, &reference).await {
        Some(shown) => page(&reference, &shown, None).into_response(),
        None => (StatusCode::NOT_FOUND, "No such checkout").into_response(),
    }
}

#[derive(serde::Deserialize)]
pub struct Submitted {
    #[serde(default)]
    card: String,
    action: String,
}

/// Sends `body`, signed, to Mandant's webhook, as the processor does.
async fn deliver(state: &AppState, body: String) -> Result<(), String> {
    let signature = sandbox(state).sign(body.as_bytes());
    let url = format!("{}/webhooks/payments/sandbox", state.config.public_url);
    tokio::task::spawn_blocking(move || {
        ureq::post(&url)
            .set("content-type", "application/json")
            .set(SANDBOX_SIGNATURE_HEADER, &signature)
            .send_string(&body)
            .map(|_| ())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// The payer submitted the page: pay with a test card, or cancel.
pub async fn submit(
    State(state): State<AppState>,
    Path(reference): Path<String>,
    Form(submitted): Form<Submitted>,
) -> Response {
    let Some(shown) = checkout(&state, &reference).await else {
        return (StatusCode::NOT_FOUND, "No such checkout").into_response();
    };
    if !shown.open {
        return Redirect::to(&shown.back).into_response();
    }
    let approving = shown.method.approved_by_payer();
    let outcome = if submitted.action == "cancel" {
        Outcome::Cancelled
    } else if approving && submitted.action == "approve" {
        Outcome::Succeeded
    } else if approving && submitted.action == "decline" {
        Outcome::Failed
    } else if approving {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            "Approve, decline or cancel",
        )
            .into_response();
    } else {
        match SandboxProcessor::card_outcome(&submitted.card) {
            Some(outcome) => outcome,
            None => {
                let problem = "This is not one of the sandbox's test card numbers.";
                return (
                    StatusCode::UNPROCESSABLE_ENTITY,
                    page(&reference, &shown, Some(problem)),
                )
                    .into_response();
            }
        }
    };
    let event = format!("evt_{}", uuid::Uuid::now_v7().simple());
    let saved = (outcome == Outcome::Succeeded && shown.save)
        .then(|| SandboxProcessor::saved_for(shown.method, &submitted.card));
    let body = SandboxProcessor::event_body(&event, &reference, outcome, saved.as_ref());
    // Delivered twice: the second delivery must change nothing.
    for _ in 0..2 {
        if let Err(err) = deliver(&state, body.clone()).await {
            tracing::error!(error = %err, "the sandbox could not deliver its callback");
            return (
                StatusCode::BAD_GATEWAY,
                "The payment result could not be delivered",
            )
                .into_response();
        }
    }
    Redirect::to(&shown.back).into_response()
}
