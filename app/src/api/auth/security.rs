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

/// Records `kind` for `user` and mails its security notice if the owner wants it mailed
/// (`domain::security_mail`); `mail` false holds the mail back (one per hour for repeated
/// failures).
pub async fn record(
    db: &Db,
    user: &UserRecord,
    kind: &str,
    origin: &Origin,
    mail: bool,
) -> Result<(), AppError> {
    record_with(db, user, kind, origin, mail, &Extra::default()).await
}

/// What some events carry beyond the kind.
#[derive(Default)]
pub struct Extra<'a> {
    /// Kept with the event for undoing it ("this wasn't me" restores a login address).
    pub detail: Option<&'a str>,
    /// A second address told about it (the previous recovery or login address).
    pub also_to: Option<&'a str>,
}

pub async fn record_with(
    db: &Db,
    user: &UserRecord,
    kind: &str,
    origin: &Origin,
    mail: bool,
    extra: &Extra<'_>,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    record_with_in(&mut tx, user, kind, origin, mail, extra).await?;
    tx.commit().await?;
    Ok(())
}

/// Records the event and queues its mail in a use case's transaction.
pub async fn record_in(
    tx: &mut db::Tx,
    user: &UserRecord,
    kind: &str,
    origin: &Origin,
    mail: bool,
) -> Result<(), AppError> {
    record_with_in(tx, user, kind, origin, mail, &Extra::default()).await
}

/// [`record_in`] with what the event carries beyond its kind.
pub async fn record_with_in(
    tx: &mut db::Tx,
    user: &UserRecord,
    kind: &str,
    origin: &Origin,
    mail: bool,
    extra: &Extra<'_>,
) -> Result<(), AppError> {
    use crate::api::ssr::{console_link, cookie, queue_mail_in};
    let code = event_code();
    use domain::security_mail::{is_mailed, rule, MailRule};
    // The owner's choices are read only for events they choose about.
    let mail = mail
        && match rule(kind) {
            None => false,
            Some(MailRule::Always) => true,
            Some(MailRule::Chosen { .. }) => {
                // Read outside the transaction: this may be its first statement, and on SQLite a
                // transaction that reads before it writes can lose its upgrade to a writer.
                is_mailed(kind, &db::mail_choices::list(tx.db(), user.id).await?)
            }
        };
    // A mailed event carries a "this wasn't me" link; only its hash is kept.
    let disavow = mail.then(cookie::new_token);
    db::security_events::record(
        tx,
        user.id,
        origin,
        db::security_events::NewEvent {
            kind,
            code: &code,
            disavow_hash: disavow.as_ref().map(|(_, hash)| hash.as_str()),
            detail: extra.detail,
        },
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
                at: tx.now_ms(),
                device: &device,
                place: &place,
                code: &code,
                activity_link: &activity_link,
                not_me_link: &not_me_link,
            },
        );
        queue_mail_in(tx, &user.email, user.region.lang, &rendered).await?;
        if let Some(other) = extra.also_to.filter(|o| *o != user.email) {
            queue_mail_in(tx, other, user.region.lang, &rendered).await?;
        }
    }
    Ok(())
}

/// The end of every successful sign-in, in the sign-in's transaction `tx` (one commit for
/// all its writes): a new session, recorded (and mailed from a new device), and the
/// organisation to open.
pub async fn complete_sign_in(
    mut tx: db::Tx,
    user: &UserRecord,
    persistent: bool,
    origin: &Origin,
) -> Result<super::SignedIn, AppError> {
    use crate::api::ssr::cookie::{device_id, hash_token};
    let device = hash_token(&device_id());
    let kind = if db::security_events::is_new_device(&mut tx, user.id, &device).await? {
        "login-new-device"
    } else {
        "login"
    };
    crate::api::ssr::start_session(&mut tx, user.id, persistent).await?;
    record_in(&mut tx, user, kind, origin, true).await?;
    let db = tx.db().clone();
    tx.commit().await?;
    let orgs = db::orgs::list_for_user(&db, user.id).await?;
    Ok(super::SignedIn {
        org: domain::dto::landing_org(user.last_org, &orgs),
        second_factor: false,
        methods: Vec::new(),
    })
}

/// Checks a second-factor code for `user`: an authenticator code (once per time step), an
/// SMS code sent for the sign-in behind `pending_hash`, or an unused backup code (then used
/// up). Returns the event kind to record.
pub async fn check_second_factor(
    db: &Db,
    user: UserId,
    code: &str,
    pending_hash: &str,
) -> Result<Option<&'static str>, AppError> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 6 && db::two_factor::methods(db, user).await?.contains(&"sms") {
        use crate::security::sms_code;
        let purpose = sms_code::login_purpose(pending_hash);
        if db::sms::use_code(db, user, &purpose, &sms_code::hash(user, &purpose, &digits)).await? {
            return Ok(Some("login"));
        }
    }
    if let Some((secret, last)) = db::two_factor::secret(db, user, true).await? {
        let secret = crate::security::totp::decode_secret(&secret).unwrap_or_default();
        let now = u64::try_from(db.now_ms() / 1000).unwrap_or(0);
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
        Verdict::Refuse => Err(refused_for_the_hour(now)),
        Verdict::Proceed { delay_ms } => {
            if delay_ms > 0 {
                tokio::time::sleep(std::time::Duration::from_millis(delay_ms)).await;
            }
            Ok(())
        }
    }
}

/// `rate-limited` until the current hourly window ends.
pub fn refused_for_the_hour(now: i64) -> AppError {
    let window_end = db::throttle::window_of(now) + db::throttle::WINDOW_MS;
    AppError::RateLimited {
        retry_after_secs: u64::try_from((window_end - now) / 1000 + 1).unwrap_or(1),
    }
}

/// Text messages an account may cause per hour (codes and reminders), so nobody can use
/// the console to flood a phone.
pub const SMS_PER_HOUR: i64 = 5;

/// Queues `text_key` (a Fluent `sms-*` message) for `phone` in `lang`, counted against the
/// hourly limit of `limit_key`.
pub async fn send_sms(
    db: &Db,
    limit_key: &str,
    phone: &str,
    lang: domain::Lang,
    kind: &str,
    text: &str,
) -> Result<(), AppError> {
    let now = db.now_ms();
    if db::throttle::count_attempt(db, &format!("sms:{limit_key}"), now).await? > SMS_PER_HOUR {
        return Err(refused_for_the_hour(now));
    }
    db::outbox::enqueue_sms(db, phone, lang.code(), kind, text).await?;
    Ok(())
}

/// Sends a fresh SMS code for `purpose` to `phone`.
pub async fn send_sms_code(
    db: &Db,
    user: &UserRecord,
    phone: &str,
    purpose: &str,
) -> Result<(), AppError> {
    use crate::security::sms_code;
    let code = sms_code::new_code();
    db::sms::issue_code(
        db,
        user.id,
        purpose,
        &sms_code::hash(user.id, purpose, &code),
    )
    .await?;
    let text = crate::mail::sms_code(user.region.lang, &code);
    send_sms(
        db,
        &user.id.to_string(),
        phone,
        user.region.lang,
        "sms-code",
        &text,
    )
    .await
}

/// The second-factor methods offered at sign-in: the account's own, plus approval from
/// another signed-in device when one exists.
pub async fn sign_in_methods(db: &Db, user: UserId) -> Result<Vec<String>, AppError> {
    let mut methods: Vec<String> = db::two_factor::methods(db, user)
        .await?
        .into_iter()
        .map(str::to_owned)
        .collect();
    if db::sessions::count_live(db, user).await? > 0 {
        methods.push("push".to_owned());
    }
    Ok(methods)
}

/// The sign-in waiting in this browser for its second factor (its cookie is the
/// credential): the hash of its token, the account and whether it is to be kept.
pub struct PendingSignIn {
    pub token_hash: String,
    pub user: UserId,
    pub persistent: bool,
}

/// Reads the waiting sign-in, or `second-factor-expired`.
pub async fn pending_sign_in(db: &Db) -> Result<PendingSignIn, AppError> {
    use crate::api::ssr::cookie;
    let expired = || AppError::conflict("second-factor-expired");
    let token = cookie::pending_token().ok_or_else(expired)?;
    let token_hash = cookie::hash_token(&token);
    let (user, persistent) = db::two_factor::pending(db, &token_hash)
        .await?
        .ok_or_else(expired)?;
    Ok(PendingSignIn {
        token_hash,
        user,
        persistent,
    })
}

/// One attempt at the waiting sign-in's second factor, already counted (and delayed or
/// refused) like password attempts.
pub struct SecondFactorAttempt {
    pub pending: PendingSignIn,
    pub user: UserRecord,
    /// Attempts in this hour, this one included.
    pub attempts: i64,
    now: i64,
}

/// Counts an attempt at the second factor of the sign-in waiting in this browser.
pub async fn attempt_second_factor(db: &Db) -> Result<SecondFactorAttempt, AppError> {
    let pending = pending_sign_in(db).await?;
    let now = db.now_ms();
    let key = format!("second-factor:{}", pending.user);
    let attempts = db::throttle::count_attempt(db, &key, now).await?;
    admit(attempts, 0, now).await?;
    let user = db::users::get(db, pending.user)
        .await?
        .ok_or_else(|| AppError::conflict("second-factor-expired"))?;
    Ok(SecondFactorAttempt {
        pending,
        user,
        attempts,
        now,
    })
}

impl SecondFactorAttempt {
    /// The factor was right: the attempt is taken back and the waiting sign-in becomes a
    /// session (once).
    pub async fn succeed(self, db: &Db, origin: &Origin) -> Result<super::SignedIn, AppError> {
        let key = format!("second-factor:{}", self.pending.user);
        let mut tx = db.begin().await?;
        db::throttle::forgive_attempt_in(&mut tx, &key, self.now).await?;
        if !db::two_factor::finish_pending(&mut tx, &self.pending.token_hash).await? {
            return Err(AppError::conflict("second-factor-expired"));
        }
        crate::api::ssr::cookie::clear_pending();
        complete_sign_in(tx, &self.user, self.pending.persistent, origin).await
    }
}
