use domain::{AppError, InvitationId, OrgId};
use leptos::prelude::*;

/// Sends an unused invitation again with a fresh link, valid for another seven days.
#[server(prefix = "/api", endpoint = "invitations/resend_invitation")]
pub async fn resend_invitation(org: OrgId, invitation: InvitationId) -> Result<(), AppError> {
    use crate::api::ssr::{db, outbox_mail, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberInvite).await?;
        let (email, role) = db::invitations::email_and_role(&db, &scope, invitation).await?;
        let lang = match db::users::find_by_email(&db, &email).await? {
            Some(existing) => existing.region.lang,
            None => user.region.lang,
        };
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        let (token_hash, mail) = super::invitation_mail(lang, &org_name, &user.name, role);
        db::invitations::resend(
            &db,
            &scope,
            invitation,
            &token_hash,
            outbox_mail(&email, lang.code(), &mail),
        )
        .await
    })
    .await
}
