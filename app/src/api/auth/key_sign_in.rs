//! The second step of signing in with a security key or passkey, for the sign-in waiting in
//! this browser (its cookie is the credential): a challenge for the account's keys, then the
//! authenticator's signature. Attempts count like second-factor codes do.

use super::SignedIn;
use domain::AppError;
use leptos::prelude::*;

/// The options for `navigator.credentials.get`, as JSON.
#[server(prefix = "/api/public", endpoint = "auth/begin_key_sign_in")]
pub async fn begin_key_sign_in() -> Result<String, AppError> {
    use crate::api::ssr::{db, internal, respond};
    use crate::security::webauthn::{this_relying_party, to_json};
    use webauthn_rs::prelude::Passkey;

    respond(async move {
        let db = db()?;
        let pending = super::security::pending_sign_in(&db).await?;
        let (token_hash, user_id) = (pending.token_hash, pending.user);
        let keys: Vec<Passkey> = db::webauthn::passkeys(&db, user_id)
            .await?
            .iter()
            .filter_map(|json| serde_json::from_str(json).ok())
            .collect();
        if keys.is_empty() {
            return Err(AppError::NotFound);
        }
        let rp = this_relying_party()?;
        let (options, state) = rp
            .start_passkey_authentication(&keys)
            .map_err(|e| internal(&format!("webauthn authentication start: {e}")))?;
        let owner = format!("sign-in:{token_hash}");
        db::webauthn::save_ceremony(&db, &owner, user_id, &to_json(&state)?).await?;
        to_json(&options)
    })
    .await
}

/// Checks the authenticator's answer; on success the waiting sign-in becomes a session,
/// exactly as with a code.
#[server(prefix = "/api/public", endpoint = "auth/finish_key_sign_in")]
pub async fn finish_key_sign_in(credential: String) -> Result<SignedIn, AppError> {
    use super::security::{attempt_second_factor, record};
    use crate::api::ssr::{db, origin, respond};
    use crate::security::webauthn::{credential_id, this_relying_party, to_json};
    use webauthn_rs::prelude::{Passkey, PasskeyAuthentication, PublicKeyCredential};

    respond(async move {
        let db = db()?;
        let attempt = attempt_second_factor(&db).await?;
        let (token_hash, user_id) = (attempt.pending.token_hash.clone(), attempt.user.id);
        let user = attempt.user.clone();
        let origin = origin();
        let rp = this_relying_party()?;
        let refused = || AppError::field("credential", "security-key-refused");
        // Single use: a second answer to the same challenge finds nothing.
        let state = db::webauthn::take_ceremony(&db, &format!("sign-in:{token_hash}"))
            .await?
            .filter(|(owner, _)| *owner == user_id)
            .and_then(|(_, json)| serde_json::from_str::<PasskeyAuthentication>(&json).ok())
            .ok_or_else(refused)?;
        let verified = (credential.len() <= 64 * 1024)
            .then(|| serde_json::from_str::<PublicKeyCredential>(&credential).ok())
            .flatten()
            .and_then(|answer| rp.finish_passkey_authentication(&answer, &state).ok());
        let Some(result) = verified else {
            record(
                &db,
                &user,
                "second-factor-failed",
                &origin,
                attempt.attempts == 1,
            )
            .await?;
            return Err(refused());
        };
        // Keep the signature counter (and backup state) the authenticator reported.
        let used = credential_id(result.cred_id().as_ref());
        let mut updated = None;
        for json in db::webauthn::passkeys(&db, user_id).await? {
            if let Ok(mut passkey) = serde_json::from_str::<Passkey>(&json) {
                if credential_id(passkey.cred_id().as_ref()) == used {
                    if passkey.update_credential(&result) == Some(true) {
                        updated = Some(to_json(&passkey)?);
                    }
                    break;
                }
            }
        }
        db::webauthn::record_use(&db, user_id, &used, updated.as_deref()).await?;
        attempt.succeed(&db, &origin).await
    })
    .await
}
