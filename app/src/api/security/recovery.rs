//! Recovery channels and the login address. Each change needs the current password and is
//! mailed to the account — and to the address it replaces.

use domain::AppError;
use leptos::prelude::*;

/// Sets the recovery e-mail and phone (CH, FR, BE, DE numbers); an empty field removes
/// it. Only what changed is recorded and mailed.
#[server(prefix = "/api", endpoint = "security/set_recovery")]
pub async fn set_recovery(
    recovery_email: String,
    recovery_phone: String,
    recovery_password: String,
) -> Result<(), AppError> {
    use crate::api::auth::security::{record, record_with, Extra};
    use crate::api::organisation::confirm_password_as;
    use crate::api::ssr::{db, origin, respond, viewer};
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
            db::recovery::set_email(&db, me.id, email.as_deref()).await?;
            let extra = Extra {
                detail: None,
                also_to: old_email.as_deref(),
            };
            record_with(&db, &me, "recovery-email-changed", &origin, true, &extra).await?;
        }
        if phone != old_phone {
            db::recovery::set_phone(&db, me.id, phone.as_deref()).await?;
            record(&db, &me, "recovery-phone-changed", &origin, true).await?;
        }
        Ok(())
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
    use crate::api::auth::security::{record_with, Extra};
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
        db::recovery::change_login_email(&db, me.id, &email)
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
        record_with(
            &db,
            &changed,
            "login-email-changed",
            &origin(),
            true,
            &extra,
        )
        .await
    })
    .await
}
