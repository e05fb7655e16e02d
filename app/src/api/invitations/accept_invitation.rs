use domain::dto::Joined;
use domain::AppError;
use leptos::prelude::*;

/// Accepts an invitation for the signed-in account, which must use the invited address.
/// Members who follow membership changes are told by mail.
#[server(prefix = "/api", endpoint = "invitations/accept_invitation")]
pub async fn accept_invitation(token: String) -> Result<Joined, AppError> {
    use crate::api::ssr::{cookie, db, respond, viewer};

    respond(async move {
        let user = viewer()?.user;
        if token.is_empty() || token.len() > 100 {
            return Err(AppError::conflict("invitation-invalid"));
        }
        let db = db()?;
        let mut tx = db.begin().await?;
        let org =
            db::invitations::accept(&mut tx, &cookie::hash_token(&token), user.id, &user.email)
                .await?;
        super::schedule_joined_notice(&mut tx, org, user.id).await?;
        tx.commit().await?;
        Ok(Joined { org })
    })
    .await
}
