use domain::dto::Rights;
use domain::membership::ContactPref;
use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// Saves a member's role, rights, product access, teams and contact preferences. A member
/// changing only their own contact preferences needs no management right.
#[server(prefix = "/api", endpoint = "members/update_member", input = server_fn::codec::Json)]
pub async fn update_member(
    org: OrgId,
    member: UserId,
    rights: Rights,
    contact_prefs: Vec<ContactPref>,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, limit_len, org_link, queue_mail_in, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        limit_len(&rights.products, 10_000)?;
        limit_len(&rights.teams, 1_000)?;
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgView).await?;
        // Rights, the member's mail and activity, and the contact choices commit together.
        let mut tx = db.begin().await?;
        if scope.can(Permission::MemberManage) {
            let change = db::members::update_rights(&mut tx, &scope, member, &rights).await?;
            if change.role_before != change.role_after && member != user.id {
                if let Some(target) = db::users::get(&db, member).await? {
                    let org_name = db::orgs::summary(&db, &scope).await?.name;
                    let lang = target.region.lang;
                    let mail = crate::mail::role_changed(
                        lang,
                        &org_name,
                        change.role_after,
                        &org_link(org, "dashboard"),
                    );
                    queue_mail_in(&mut tx, &target.email, lang, &mail).await?;
                    // What the member may do changed: their Recent activity shows it.
                    crate::api::auth::security::record_in(
                        &mut tx,
                        &target,
                        "org-role-changed",
                        &crate::api::ssr::origin(),
                        false,
                    )
                    .await?;
                }
            }
        } else if member != user.id {
            return Err(AppError::Forbidden);
        }
        db::members::set_contact_prefs(&mut tx, &scope, member, &contact_prefs).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
