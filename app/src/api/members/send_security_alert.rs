use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// Mails a member their current security settings (second factor, backup codes, signed-in
/// devices) with a link to improve them.
#[server(prefix = "/api", endpoint = "members/send_security_alert")]
pub async fn send_security_alert(org: OrgId, member: UserId) -> Result<(), AppError> {
    use crate::api::ssr::{console_link, db, queue_mail, respond, viewer};
    use db::OrgScope;
    use domain::{Lang, Permission};

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        // Read through the scope: only this organisation's members can be looked at.
        let target = db::member_security::summary(&db, &scope, member).await?;
        let lang = Lang::parse(&target.lang).unwrap_or_default();
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        let mail = crate::mail::security_alert(
            lang,
            &org_name,
            &user.name,
            target.two_factor,
            usize::try_from(target.backup_codes_left).unwrap_or(0),
            target.signed_in_devices,
            &console_link("/profile/security"),
        );
        queue_mail(&db, &target.email, lang, &mail).await
    })
    .await
}
