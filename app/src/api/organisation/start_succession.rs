use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// A legal representative names their successor, after re-entering their password; the
/// successor is asked by mail.
#[server(prefix = "/api", endpoint = "organisation/start_succession")]
pub async fn start_succession(
    org: OrgId,
    successor: UserId,
    password: String,
) -> Result<(), AppError> {
    use super::confirm_password;
    use crate::api::ssr::{db, org_link, queue_mail, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope =
            OrgScope::authorize(&db, user.id, org, Permission::LegalRepresentativeAppoint).await?;
        confirm_password(&user, password).await?;
        db::succession::start(&db, &scope, successor).await?;
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        if let Some(heir) = db::users::get(&db, successor).await? {
            let lang = heir.region.lang;
            let mail = crate::mail::succession_asked(
                lang,
                &org_name,
                &user.name,
                &org_link(org, "organisation/succession"),
            );
            queue_mail(&db, &heir.email, lang, &mail).await?;
        }
        Ok(())
    })
    .await
}
