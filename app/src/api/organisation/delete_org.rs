use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Deletes an empty organisation after the legal representative re-enters their password.
/// Every member is told by mail; `send_invoices` ("on") mails the caller the list of the
/// organisation's invoices first.
#[server(prefix = "/api", endpoint = "organisation/delete_org")]
pub async fn delete_org(
    org: OrgId,
    password: String,
    #[server(default)] send_invoices: String,
) -> Result<(), AppError> {
    use super::confirm_password;
    use crate::api::ssr::{db, queue_mail_in, respond, viewer};
    use db::OrgScope;
    use domain::{Lang, Permission};

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgDelete).await?;
        confirm_password(&user, password).await?;
        let invoices = if send_invoices == "on" {
            Some(db::invoices::list_all(&db, &scope).await?)
        } else {
            None
        };
        // One use case: the organisation is gone and everyone is told, or nothing happened.
        let mut tx = db.begin().await?;
        let deleted = db::org_deletion::delete(&mut tx, &scope).await?;
        if let Some(invoices) = invoices {
            let lang = user.region.lang;
            let mail =
                crate::mail::invoice_archive(lang, &deleted.org_name, &invoices, &user.region);
            queue_mail_in(&mut tx, &user.email, lang, &mail).await?;
        }
        for member in &deleted.members {
            let lang = Lang::parse(&member.lang).unwrap_or_default();
            let mail = crate::mail::org_deleted(lang, &deleted.org_name, &user.name);
            queue_mail_in(&mut tx, &member.email, lang, &mail).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
