use domain::AppError;
use leptos::prelude::*;

/// Forgotten login address: the accounts whose recovery phone is `phone` get their login
/// address sent to it by SMS — and to their recovery e-mail too when `email` is that
/// address. The answer is the same whether or not anything matched.
#[server(prefix = "/api/public", endpoint = "auth/request_login_reminder")]
pub async fn request_login_reminder(
    phone: String,
    #[server(default)] email: String,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, origin, queue_mail, respond};
    use domain::validation::{self, Checks};

    respond(async move {
        let region = crate::i18n::initial_region();
        let mut checks = Checks::new();
        let phone = checks.check(
            "phone",
            crate::security::phone::normalise(&phone, &region.country),
        );
        let email = if email.trim().is_empty() {
            None
        } else {
            Some(checks.check("email", validation::email(&email)))
        };
        checks.finish()?;
        let db = db()?;
        let now = db.now_ms();
        // Per address of the asker and per phone, silently past the limit.
        let by_address =
            db::throttle::count_attempt(&db, &format!("reminder:{}", origin().ip), now).await?;
        let by_phone = db::throttle::count_attempt(&db, &format!("reminder:{phone}"), now).await?;
        if by_address > 10 || by_phone > 3 {
            return Ok(());
        }
        let accounts = db::recovery::accounts_by_phone(&db, &phone).await?;
        let Some((first, _)) = accounts.first() else {
            return Ok(());
        };
        let logins: Vec<&str> = accounts.iter().map(|(u, _)| u.email.as_str()).collect();
        let lang = first.region.lang;
        let text = crate::mail::sms_login_reminder(lang, &logins.join(", "));
        super::security::send_sms(&db, &phone, &phone, lang, "sms-login-reminder", &text).await?;
        if let Some(email) = email {
            for (user, recovery) in &accounts {
                if recovery.as_deref() == Some(email.as_str()) {
                    let mail = crate::mail::login_reminder(user.region.lang, &user.email);
                    queue_mail(&db, &email, user.region.lang, &mail).await?;
                }
            }
        }
        Ok(())
    })
    .await
}
