use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// Removes one or several members at once (all or none) and tells each of them by mail.
#[server(prefix = "/api", endpoint = "members/remove_members", input = server_fn::codec::Json)]
pub async fn remove_members(org: OrgId, members: Vec<UserId>) -> Result<(), AppError> {
    use crate::api::ssr::{db, limit_len, queue_mail_in, respond, viewer};
    use db::OrgScope;
    use domain::{Lang, Permission};

    respond(async move {
        limit_len(&members, 1_000)?;
        if members.is_empty() {
            return Err(AppError::BadRequest);
        }
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        // The removals and the mails telling each person commit together.
        let mut tx = db.begin().await?;
        let removed = db::members::remove(&mut tx, &scope, &members).await?;
        for person in removed.iter().filter(|p| p.user_id != user.id) {
            let lang = Lang::parse(&person.lang).unwrap_or_default();
            let mail = crate::mail::member_removed(lang, &org_name);
            queue_mail_in(&mut tx, &person.email, lang, &mail).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
