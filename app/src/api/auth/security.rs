//! Recording security events, and mailing the ones that warrant it, with the short code
//! that also appears next to the event in Recent activity.

use db::security_events::Origin;
use db::users::UserRecord;
use db::Db;
use domain::AppError;

/// A short code (8 characters from an alphabet without look-alikes) for one event.
pub fn event_code() -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..8)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}

/// Records `kind` for `user`; with `mail`, also queues the security mail about it, written
/// in the user's language and time zone.
pub async fn record(
    db: &Db,
    user: &UserRecord,
    kind: &str,
    origin: &Origin,
    mail: bool,
) -> Result<(), AppError> {
    let code = event_code();
    db::security_events::record(db, user.id, kind, origin, &code).await?;
    if mail {
        let rendered = crate::mail::security_event(
            &user.region,
            kind,
            db::now_ms(),
            &domain::device::describe(&origin.user_agent),
            &domain::device::place(&origin.ip),
            &code,
            &crate::api::ssr::console_link("/profile/activity"),
        );
        crate::api::ssr::queue_mail(db, &user.email, user.region.lang, &rendered).await?;
    }
    Ok(())
}
