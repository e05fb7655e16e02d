use domain::dto::SecurityMailChoice;
use domain::AppError;
use leptos::prelude::*;

/// The security events whose mail the caller chooses, with the current choice.
#[server(prefix = "/api", endpoint = "security/get_mail_choices")]
pub async fn get_mail_choices() -> Result<Vec<SecurityMailChoice>, AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use domain::security_mail::{is_mailed, CHOSEN};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let stored = db::mail_choices::list(&db, me.id).await?;
        Ok(CHOSEN
            .iter()
            .map(|(kind, _)| SecurityMailChoice {
                kind: (*kind).to_owned(),
                mailed: is_mailed(kind, &stored),
            })
            .collect())
    })
    .await
}

/// Mails exactly the events in `mailed` from now on (among those the owner chooses).
#[server(prefix = "/api", endpoint = "security/save_mail_choices")]
pub async fn save_mail_choices(#[server(default)] mailed: Vec<String>) -> Result<(), AppError> {
    use crate::api::ssr::{db, limit_len, respond, viewer};
    use domain::security_mail::CHOSEN;

    respond(async move {
        let me = viewer()?.user;
        limit_len(&mailed, CHOSEN.len())?;
        if let Some(unknown) = mailed.iter().find(|k| !CHOSEN.iter().any(|(c, _)| c == k)) {
            tracing::debug!(%unknown, "unknown security mail kind");
            return Err(AppError::field("mailed", "choice-invalid"));
        }
        let choices: Vec<(String, bool)> = CHOSEN
            .iter()
            .map(|(kind, _)| ((*kind).to_owned(), mailed.iter().any(|m| m == kind)))
            .collect();
        let db = db()?;
        db::mail_choices::save(&db, me.id, &choices).await?;
        Ok(())
    })
    .await
}
