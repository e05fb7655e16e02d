//! Security keys and passkeys of the caller's account: list, add (a two-request WebAuthn
//! ceremony), rename and remove. The first key turns two-factor sign-in on; removing the
//! last second factor turns it off.

use domain::dto::SecurityKeyRow;
use domain::AppError;
use leptos::prelude::*;

/// Ceremonies carry JSON of a few kilobytes; anything far larger is not from a browser.
#[cfg(feature = "ssr")]
const MAX_CREDENTIAL_BYTES: usize = 64 * 1024;

#[server(prefix = "/api", endpoint = "security/list_security_keys")]
pub async fn list_security_keys() -> Result<Vec<SecurityKeyRow>, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        Ok(db::webauthn::list(&db, me.id).await?)
    })
    .await
}

/// Starts adding a key: the options for `navigator.credentials.create`, as JSON. Keys the
/// account already has are excluded, so one authenticator is not registered twice.
#[server(prefix = "/api", endpoint = "security/begin_security_key")]
pub async fn begin_security_key() -> Result<String, AppError> {
    use crate::api::ssr::{db, internal, respond, viewer};
    use crate::security::webauthn::{this_relying_party, to_json};
    use webauthn_rs::prelude::{Passkey, Uuid};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let rp = this_relying_party()?;
        let exclude = db::webauthn::passkeys(&db, me.id)
            .await?
            .iter()
            .filter_map(|json| serde_json::from_str::<Passkey>(json).ok())
            .map(|key| key.cred_id().clone())
            .collect();
        let user_handle = Uuid::from_bytes(*me.id.as_uuid().as_bytes());
        let (options, state) = rp
            .start_passkey_registration(user_handle, &me.email, &me.name, Some(exclude))
            .map_err(|e| internal(&format!("webauthn registration start: {e}")))?;
        let owner = format!("register:{}", me.id);
        db::webauthn::save_ceremony(&db, &owner, me.id, &to_json(&state)?).await?;
        to_json(&options)
    })
    .await
}

/// Finishes adding a key with what the browser's authenticator answered. When this is the
/// account's first second factor, two-factor sign-in is now on and the backup codes are
/// returned, shown this once.
#[server(prefix = "/api", endpoint = "security/finish_security_key")]
pub async fn finish_security_key(
    name: String,
    credential: String,
) -> Result<Option<Vec<String>>, AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::webauthn::{credential_id, this_relying_party, to_json};
    use domain::validation::{self, Checks};
    use webauthn_rs::prelude::{PasskeyRegistration, RegisterPublicKeyCredential};

    respond(async move {
        let me = viewer()?.user;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        checks.finish()?;
        let refused = || AppError::field("credential", "security-key-refused");
        let db = db()?;
        let rp = this_relying_party()?;
        let owner = format!("register:{}", me.id);
        // Taken before anything else: a ceremony is answered once, right or wrong.
        let state = db::webauthn::take_ceremony(&db, &owner)
            .await?
            .filter(|(user, _)| *user == me.id)
            .and_then(|(_, json)| serde_json::from_str::<PasskeyRegistration>(&json).ok())
            .ok_or_else(refused)?;
        if credential.len() > MAX_CREDENTIAL_BYTES {
            return Err(refused());
        }
        let answer: RegisterPublicKeyCredential =
            serde_json::from_str(&credential).map_err(|_| refused())?;
        let passkey = rp
            .finish_passkey_registration(&answer, &state)
            .map_err(|_| refused())?;
        let first = !db::two_factor::is_enabled(&db, me.id).await?;
        let id = credential_id(passkey.cred_id().as_ref());
        db::webauthn::add(&db, me.id, &name, &to_json(&passkey)?, &id).await?;
        record(&db, &me, "security-key-added", &origin(), false).await?;
        if !first {
            return Ok(None);
        }
        let (codes, stored) = super::new_backup_codes();
        db::two_factor::regenerate_codes(&db, me.id, &stored).await?;
        record(&db, &me, "two-factor-enabled", &origin(), false).await?;
        Ok(Some(codes))
    })
    .await
}

#[server(prefix = "/api", endpoint = "security/rename_security_key")]
pub async fn rename_security_key(id: String, name: String) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::validation::{self, Checks};

    respond(async move {
        let me = viewer()?.user;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        checks.finish()?;
        let db = db()?;
        db::webauthn::rename(&db, me.id, &id, &name).await
    })
    .await
}

/// Removes a key after re-entering the password. Returns whether two-factor sign-in is
/// still on: removing the last second factor turns it off, like `disable_two_factor`.
#[server(prefix = "/api", endpoint = "security/remove_security_key")]
pub async fn remove_security_key(id: String, password: String) -> Result<bool, AppError> {
    use crate::api::auth::security::record;
    use crate::api::organisation::confirm_password;
    use crate::api::ssr::{db, origin, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        confirm_password(&me, password).await?;
        db::webauthn::remove(&db, me.id, &id).await?;
        record(&db, &me, "security-key-removed", &origin(), false).await?;
        if db::two_factor::is_enabled(&db, me.id).await? {
            return Ok(true);
        }
        db::two_factor::disable(&db, me.id).await?;
        // App passwords exist only alongside a second factor.
        db::app_passwords::revoke_all(&db, me.id).await?;
        record(&db, &me, "two-factor-disabled", &origin(), false).await?;
        Ok(false)
    })
    .await
}
