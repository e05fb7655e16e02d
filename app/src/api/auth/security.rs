//! Recording security events, and mailing the ones that warrant it, with the short code
//! that also appears next to the event in Recent activity.

use db::security_events::Origin;
use db::users::UserRecord;
use db::Db;
use domain::{AppError, UserId};

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
    use crate::api::ssr::{console_link, cookie};
    let code = event_code();
    // A mailed event carries a "this wasn't me" link; only its hash is kept.
    let disavow = mail.then(cookie::new_token);
    db::security_events::record(
        db,
        user.id,
        kind,
        origin,
        &code,
        disavow.as_ref().map(|(_, hash)| hash.as_str()),
    )
    .await?;
    if let Some((token, _)) = disavow {
        let device = domain::device::describe(&origin.user_agent);
        let place = domain::device::place(&origin.ip);
        let activity_link = console_link("/profile/activity");
        let not_me_link = console_link(&format!("/this-wasnt-me/{token}"));
        let rendered = crate::mail::security_event(
            &user.region,
            &crate::mail::SecurityNotice {
                kind,
                at: db::now_ms(),
                device: &device,
                place: &place,
                code: &code,
                activity_link: &activity_link,
                not_me_link: &not_me_link,
            },
        );
        crate::api::ssr::queue_mail(db, &user.email, user.region.lang, &rendered).await?;
    }
    Ok(())
}

/// The end of every successful sign-in: recorded (and mailed from a new device), a new
/// session, and the organisation to open.
pub async fn complete_sign_in(
    db: &Db,
    user: &UserRecord,
    persistent: bool,
    origin: &Origin,
) -> Result<super::SignedIn, AppError> {
    use crate::api::ssr::cookie::{device_id, hash_token};
    let device = hash_token(&device_id());
    if db::security_events::is_new_device(db, user.id, &device).await? {
        record(db, user, "login-new-device", origin, true).await?;
    } else {
        record(db, user, "login", origin, false).await?;
    }
    crate::api::ssr::start_session(db, user.id, persistent).await?;
    let orgs = db::orgs::list_for_user(db, user.id).await?;
    Ok(super::SignedIn {
        org: domain::dto::landing_org(user.last_org, &orgs),
        second_factor: false,
        methods: Vec::new(),
    })
}

/// Checks a second-factor code for `user`: an authenticator code (once per time step) or an
/// unused backup code (then used up). Returns the event kind to record.
pub async fn check_second_factor(
    db: &Db,
    user: UserId,
    code: &str,
) -> Result<Option<&'static str>, AppError> {
    if let Some((secret, last)) = db::two_factor::secret(db, user, true).await? {
        let secret = crate::security::totp::decode_secret(&secret).unwrap_or_default();
        let now = u64::try_from(db::now_ms() / 1000).unwrap_or(0);
        let last = last.and_then(|l| u64::try_from(l).ok());
        if let Some(step) = crate::security::totp::verify(&secret, code, now, last) {
            let step = i64::try_from(step).unwrap_or(i64::MAX);
            if db::two_factor::use_step(db, user, step).await? {
                return Ok(Some("login"));
            }
        }
    }
    let typed = crate::security::backup_codes::normalise(code);
    if typed.len() == 16 {
        for (id, salt, hash) in db::two_factor::unused_codes(db, user).await? {
            if crate::security::backup_codes::hash_with(&salt, &typed) == hash
                && db::two_factor::use_code(db, &id).await?
            {
                return Ok(Some("backup-code-used"));
            }
        }
    }
    Ok(None)
}

/// Applies `domain::login_limits` to attempts already counted: refuses past the hourly limit
/// (with the seconds until the window ends), else waits the progressive delay.
pub async fn admit(account_attempts: i64, address_attempts: i64, now: i64) -> Result<(), AppError> {
    use domain::login_limits::{verdict, Verdict};
    match verdict(account_attempts, address_attempts) {
        Verdict::Refuse => {
            let window_end = db::throttle::window_of(now) + db::throttle::WINDOW_MS;
            Err(AppError::RateLimited {
                retry_after_secs: u64::try_from((window_end - now) / 1000 + 1).unwrap_or(1),
            })
        }
        Verdict::Proceed { delay_ms } => {
            if delay_ms > 0 {
                tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
            }
            Ok(())
        }
    }
}
