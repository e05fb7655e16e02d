//! A phone as second factor: its number is checked (CH, FR, BE, DE), a code is sent to it,
//! and it counts once that code comes back.

use domain::AppError;
use leptos::prelude::*;

/// Sends a code to `phone` to confirm it receives SMS. Answers the phone's international
/// form.
#[server(prefix = "/api", endpoint = "security/begin_sms")]
pub async fn begin_sms(sms_phone: String) -> Result<String, AppError> {
    use crate::api::auth::security::send_sms_code;
    use crate::api::ssr::{db, respond, viewer};
    use crate::security::{phone as numbers, sms_code};

    respond(async move {
        let me = viewer()?.user;
        let phone = numbers::normalise(&sms_phone, &me.region.country)
            .map_err(|code| AppError::field("sms_phone", code))?;
        let db = db()?;
        db::sms::start(&db, me.id, &phone).await?;
        send_sms_code(&db, &me, &phone, sms_code::ENROL).await?;
        Ok(numbers::display(&phone))
    })
    .await
}

/// Confirms the phone with the code it received. If it is the account's first second
/// factor, returns the new backup codes, shown this once.
#[server(prefix = "/api", endpoint = "security/confirm_sms")]
pub async fn confirm_sms(sms_code: String) -> Result<Option<Vec<String>>, AppError> {
    use crate::api::auth::security::record;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::sms_code as codes;

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        if sms_code.len() > 16 {
            return Err(AppError::field("sms_code", "code-wrong"));
        }
        if db::sms::phone(&db, me.id, false).await?.is_none() {
            return Err(AppError::conflict("sms-on"));
        }
        let hash = codes::hash(me.id, codes::ENROL, &sms_code);
        if !db::sms::use_code(&db, me.id, codes::ENROL, &hash).await? {
            return Err(AppError::field("sms_code", "code-wrong"));
        }
        let was_on = db::two_factor::is_enabled(&db, me.id).await?;
        if !db::sms::confirm(&db, me.id).await? {
            return Err(AppError::conflict("sms-on"));
        }
        let codes = super::backup_codes_if_first(&db, me.id, was_on).await?;
        record(&db, &me, "sms-enabled", &origin(), true).await?;
        Ok(codes)
    })
    .await
}
