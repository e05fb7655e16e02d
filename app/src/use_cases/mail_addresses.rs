//! Removing an address of a mail service. When someone's account signed in with that
//! address, the account moves to a temporary login name in the same transaction, and its
//! owner gets the name by text message (recovery phone) and by mail (recovery e-mail).

use crate::api::ssr::{console_link, queue_mail_in};
use db::{Db, OrgScope};
use domain::ids::MailAddressId;
use domain::{AppError, Lang, ProductId};
use rand::Rng;

/// A temporary login name: `tmp-` and ten letters or digits, not an e-mail address so it
/// cannot be mistaken for one.
fn temporary_login() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    let tail: String = (0..10)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect();
    format!("tmp-{tail}")
}

pub async fn remove(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
    address: MailAddressId,
) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    let removed = db::mail_addresses::remove(&mut tx, scope, product, address).await?;
    let login = temporary_login();
    if let Some(moved) = db::login_moves::move_login(&mut tx, &removed, &login).await? {
        let lang = Lang::parse(&moved.lang).unwrap_or_default();
        if let Some(phone) = &moved.recovery_phone {
            let text = crate::mail::sms_login_moved(lang, &login);
            db::outbox::enqueue_sms_on(&mut tx, phone, lang.code(), "login-moved", &text).await?;
        }
        if let Some(to) = &moved.recovery_email {
            let mail = crate::mail::login_moved(lang, &login, &removed, &console_link("/login"));
            queue_mail_in(&mut tx, to, lang, &mail).await?;
        }
        if moved.recovery_phone.is_none() && moved.recovery_email.is_none() {
            // Nobody to tell: the owner finds the name through support, who can see it.
            tracing::warn!(user = %moved.user, "a login moved to a temporary name without recovery channels");
        }
    }
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn temporary_logins_are_not_addresses_and_differ() {
        let (a, b) = (super::temporary_login(), super::temporary_login());
        assert!(a.starts_with("tmp-") && a.len() == 14 && !a.contains('@'));
        assert_ne!(a, b);
    }
}
