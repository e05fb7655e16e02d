use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Withdraws (predecessor) or declines (successor) a pending replacement.
#[server(prefix = "/api", endpoint = "organisation/cancel_succession")]
pub async fn cancel_succession(org: OrgId) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        db::succession::cancel(&db, &scope).await.map(|_| ())
    })
    .await
}
