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

/// The job that tells members who follow membership changes that someone joined.
#[cfg(feature = "ssr")]
pub const NOTIFY_JOINED: &str = "notify-joined";

/// Schedules the "X joined" notices in the use case that adds the member: they are sent by
/// the `notify-joined` job once the membership is committed, whatever the organisation's
/// rules for the newcomer (an organisation requiring two-factor sign-in included).
#[cfg(feature = "ssr")]
pub async fn schedule_joined_notice(
    tx: &mut db::Tx,
    org: domain::OrgId,
    user: domain::UserId,
) -> Result<(), domain::AppError> {
    let at = tx.now_ms();
    db::jobs::schedule_once(tx, NOTIFY_JOINED, &format!("{org}:{user}"), at).await?;
    Ok(())
}

/// The `notify-joined` job's work for `key` (`<org>:<user>`): queues one notice per member
/// who follows membership changes, in one transaction; returns how many.
#[cfg(feature = "ssr")]
pub async fn notify_joined(
    db: &db::Db,
    scope: &db::SystemScope,
    key: &str,
) -> Result<u64, domain::AppError> {
    use crate::api::ssr::{org_link, queue_mail_in};
    use domain::membership::ContactPref;
    use domain::{AppError, Lang, OrgId, UserId};

    let (org, user) = key.split_once(':').ok_or(AppError::BadRequest)?;
    let org: OrgId = org.parse().map_err(|_| AppError::BadRequest)?;
    let user: UserId = user.parse().map_err(|_| AppError::BadRequest)?;
    let Some(user) = db::users::get(db, user).await? else {
        return Ok(0);
    };
    let Some((org_name, recipients)) =
        db::members::recipients_as_system(db, scope, org, ContactPref::Members).await?
    else {
        return Ok(0);
    };
    let mut tx = db.begin().await?;
    let mut told = 0;
    for recipient in recipients.iter().filter(|r| r.email != user.email) {
        let lang = Lang::parse(&recipient.lang).unwrap_or_default();
        let mail = crate::mail::member_joined(
            lang,
            &org_name,
            &user.name,
            &user.email,
            &org_link(org, "users"),
        );
        queue_mail_in(&mut tx, &recipient.email, lang, &mail).await?;
        told += 1;
    }
    tx.commit().await?;
    Ok(told)
}
