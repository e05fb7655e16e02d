use domain::dto::TotpSetup;
use domain::AppError;
use leptos::prelude::*;

/// Starts setting up an authenticator app: a new secret, as a QR code and as a key to type.
/// It only counts once a code from the app is confirmed.
#[server(prefix = "/api", endpoint = "security/begin_totp")]
pub async fn begin_totp() -> Result<TotpSetup, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use crate::security::totp;

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let secret = totp::new_secret();
        let encoded = totp::encode_secret(&secret);
        db::two_factor::start_totp(&db, me.id, &encoded).await?;
        Ok(TotpSetup {
            qr_svg: totp::qr_svg(&totp::otpauth_uri("Mandant", &me.email, &secret)),
            secret: encoded,
        })
    })
    .await
}
