mod accept_invitation;
mod create_invitation;
mod get_invitation;
mod list_invitations;
mod resend_invitation;
mod revoke_invitation;

pub use accept_invitation::*;
pub use create_invitation::*;
pub use get_invitation::*;
pub use list_invitations::*;
pub use resend_invitation::*;
pub use revoke_invitation::*;

/// Path of the page an invitation link opens.
pub fn invitation_path(token: &str) -> String {
    format!("/invitation/{token}")
}

/// A fresh invitation link: the token for the mail and the hash stored for it, plus the
/// rendered mail carrying the link.
#[cfg(feature = "ssr")]
pub(crate) fn invitation_mail(
    lang: domain::Lang,
    org_name: &str,
    inviter: &str,
    role: domain::Role,
) -> (String, crate::mail::RenderedMail) {
    use crate::api::ssr::{console_link, cookie};
    let (token, token_hash) = cookie::new_token();
    let link = console_link(&invitation_path(&token));
    (
        token_hash,
        crate::mail::invitation(lang, org_name, inviter, role, &link),
    )
}

/// Tells the members who follow membership changes that `user` joined `org`.
#[cfg(feature = "ssr")]
pub async fn notify_joined(
    db: &db::Db,
    org: domain::OrgId,
    user: &db::users::UserRecord,
) -> Result<(), domain::AppError> {
    use crate::api::ssr::{org_link, queue_mail};
    use domain::membership::ContactPref;
    use domain::{Lang, Permission};

    let scope = db::OrgScope::authorize(db, user.id, org, Permission::OrgView).await?;
    let org_name = db::orgs::summary(db, &scope).await?.name;
    for recipient in db::members::recipients(db, &scope, ContactPref::Members).await? {
        if recipient.email == user.email {
            continue;
        }
        let lang = Lang::parse(&recipient.lang).unwrap_or_default();
        let mail = crate::mail::member_joined(
            lang,
            &org_name,
            &user.name,
            &user.email,
            &org_link(org, "users"),
        );
        queue_mail(db, &recipient.email, lang, &mail).await?;
    }
    Ok(())
}
