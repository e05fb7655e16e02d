//! Recovery channels and the login address. Each change needs the current password and is
//! mailed to the account — and to the address it replaces.

use domain::AppError;
use leptos::prelude::*;

/// Sets the recovery e-mail and phone (CH, FR, BE, DE numbers); an empty field removes
/// it. Only what changed is recorded and mailed. A new phone counts once the code sent to it
/// comes back (`confirm_recovery_phone`), so a mistyped number cannot stand in for the
/// owner's: the answer is then that phone, waiting for its code.
#[server(prefix = "/api", endpoint = "security/set_recovery")]
pub async fn set_recovery(
    recovery_email: String,
    recovery_phone: String,
    recovery_password: String,
) -> Result<Option<String>, AppError> {
    use crate::api::auth::security::{record_in, record_with_in, send_sms_code, Extra};
    use crate::api::organisation::confirm_password_as;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::{phone as numbers, sms_code};
    use domain::validation::{self, Checks};

    respond(async move {
        let me = viewer()?.user;
        let mut checks = Checks::new();
        let email = (!recovery_email.trim().is_empty())
            .then(|| checks.check("recovery_email", validation::email(&recovery_email)));
        let phone = (!recovery_phone.trim().is_empty()).then(|| {
            checks.check(
                "recovery_phone",
                crate::security::phone::normalise(&recovery_phone, &me.region.country),
            )
        });
        checks.finish()?;
        if email.as_deref() == Some(me.email.as_str()) {
            return Err(AppError::field("recovery_email", "recovery-same-as-login"));
        }
        confirm_password_as(&me, recovery_password, "recovery_password").await?;
        let db = db()?;
        let (old_email, old_phone) = db::recovery::channels(&db, me.id).await?;
        let origin = origin();
        if email != old_email {
            // The change and its notices (to the new and the previous address) are one.
            let mut tx = db.begin().await?;
            let channel = db::recovery::Channel::Email;
            db::recovery::set(&mut tx, me.id, channel, email.as_deref()).await?;
            let extra = Extra {
                detail: None,
                also_to: old_email.as_deref(),
            };
            record_with_in(
                &mut tx,
                &me,
                "recovery-email-changed",
                &origin,
                true,
                &extra,
            )
            .await?;
            tx.commit().await?;
        }
        if phone == old_phone {
            return Ok(None);
        }
        db::sms::discard_codes(&db, me.id, sms_code::RECOVERY_PREFIX).await?;
        match phone {
            None => {
                let mut tx = db.begin().await?;
                db::recovery::set(&mut tx, me.id, db::recovery::Channel::Phone, None).await?;
                record_in(&mut tx, &me, "recovery-phone-changed", &origin, true).await?;
                tx.commit().await?;
                Ok(None)
            }
            Some(phone) => {
                let purpose = sms_code::recovery_purpose(&phone);
                send_sms_code(&db, &me, &phone, &purpose).await?;
                Ok(Some(numbers::display(&phone)))
            }
        }
    })
    .await
}

/// Confirms the recovery phone waiting for its code; it replaces the previous one. Answers
/// the confirmed phone.
#[server(prefix = "/api", endpoint = "security/confirm_recovery_phone")]
pub async fn confirm_recovery_phone(recovery_code: String) -> Result<String, AppError> {
    use crate::api::auth::security::record_in;
    use crate::api::ssr::{db, origin, respond, viewer};
    use crate::security::{phone as numbers, sms_code};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let wrong = || AppError::field("recovery_code", "code-wrong");
        if recovery_code.len() > 16 {
            return Err(wrong());
        }
        let purpose = db::sms::waiting_purpose(&db, me.id, sms_code::RECOVERY_PREFIX)
            .await?
            .ok_or_else(|| AppError::conflict("recovery-phone-none"))?;
        let hash = sms_code::hash(me.id, &purpose, &recovery_code);
        if !db::sms::use_code(&db, me.id, &purpose, &hash).await? {
            return Err(wrong());
        }
        let phone = purpose
            .strip_prefix(sms_code::RECOVERY_PREFIX)
            .unwrap_or_default()
            .to_owned();
        let mut tx = db.begin().await?;
        let channel = db::recovery::Channel::Phone;
        db::recovery::set(&mut tx, me.id, channel, Some(&phone)).await?;
        record_in(&mut tx, &me, "recovery-phone-changed", &origin(), true).await?;
        tx.commit().await?;
        Ok(numbers::display(&phone))
    })
    .await
}

/// Changes the login address. The previous address is told, with a link that undoes the
/// change and secures the account.
#[server(prefix = "/api", endpoint = "security/change_login_email")]
pub async fn change_login_email(
    new_login_email: String,
    login_email_password: String,
) -> Result<(), AppError> {
    use crate::api::auth::security::{record_with_in, Extra};
    use crate::api::organisation::confirm_password_as;
    use crate::api::ssr::{db, origin, respond, viewer};
    use domain::validation;

    respond(async move {
        let me = viewer()?.user;
        let email = validation::email(&new_login_email)
            .map_err(|c| AppError::field("new_login_email", c))?;
        if email == me.email {
            return Err(AppError::field("new_login_email", "email-unchanged"));
        }
        confirm_password_as(&me, login_email_password, "login_email_password").await?;
        let db = db()?;
        // The new address and the notice to the previous one (with its undo link) are one
        // change.
        let mut tx = db.begin().await?;
        db::recovery::change_login_email(&mut tx, me.id, &email)
            .await
            .map_err(|e| match e.field_code("email") {
                Some(code) => AppError::field("new_login_email", code),
                None => e,
            })?;
        let mut changed = me.clone();
        changed.email = email;
        let extra = Extra {
            detail: Some(&me.email),
            also_to: Some(&me.email),
        };
        record_with_in(
            &mut tx,
            &changed,
            "login-email-changed",
            &origin(),
            true,
            &extra,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
