use domain::{AppError, OrgId};
use leptos::prelude::*;

/// The named successor accepts: they become legal representative and their predecessor an
/// administrator. Both are told by mail.
#[server(prefix = "/api", endpoint = "organisation/accept_succession")]
pub async fn accept_succession(org: OrgId) -> Result<(), AppError> {
    use crate::api::ssr::{db, queue_mail_in, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        // The roles swap and both are told in one commit.
        let mut tx = db.begin().await?;
        let done = db::succession::accept(&mut tx, &scope).await?;
        for person in [done.from_user, done.to_user] {
            if let Some(record) = db::users::get(&db, person).await? {
                let lang = record.region.lang;
                let mail =
                    crate::mail::succession_done(lang, &org_name, &done.from_name, &done.to_name);
                queue_mail_in(&mut tx, &record.email, lang, &mail).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
