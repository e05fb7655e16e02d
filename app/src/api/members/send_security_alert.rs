use domain::{AppError, OrgId, UserId};
use leptos::prelude::*;

/// Mails a member their current security settings (second factor, backup codes, signed-in
/// devices) with a link to improve them.
#[server(prefix = "/api", endpoint = "members/send_security_alert")]
pub async fn send_security_alert(org: OrgId, member: UserId) -> Result<(), AppError> {
    use crate::api::ssr::{console_link, db, queue_mail, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        // Only members of this organisation: the detail read proves membership.
        db::members::detail(&db, &scope, member).await?;
        let target = db::users::get(&db, member)
            .await?
            .ok_or(AppError::NotFound)?;
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        let two_factor = db::two_factor::is_enabled(&db, member).await?;
        let codes = db::two_factor::unused_codes(&db, member).await?.len();
        let sessions = db::sessions::count_for_user(&db, member).await?;
        let mail = crate::mail::security_alert(
            target.region.lang,
            &org_name,
            &user.name,
            two_factor,
            codes,
            sessions,
            &console_link("/profile/security"),
        );
        queue_mail(&db, &target.email, target.region.lang, &mail).await
    })
    .await
}
