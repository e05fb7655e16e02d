//! Delivers the mail outbox over SMTP. Mails wait in the database until a delivery succeeds;
//! failures are retried with backoff (see `db::outbox`). Without SMTP settings nothing is
//! sent and `mandant outbox` shows what is waiting.

pub use crate::delivery::Round;
use crate::delivery::Sender;
use db::outbox::Mail;
use db::{Db, DbError, SystemScope};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl Mailer {
    /// `smtp://[user:password@]host[:port]` (plain, for a local relay; port 25),
    /// `smtp+starttls://…` (STARTTLS required; port 587) or `smtps://…` (TLS; port 465).
    pub fn new(smtp_url: &str, from: &str) -> Result<Mailer, String> {
        let url = url::Url::parse(smtp_url).map_err(|e| format!("MANDANT_SMTP_URL: {e}"))?;
        let host = url
            .host_str()
            .ok_or("MANDANT_SMTP_URL has no host")?
            .to_owned();
        let builder = match url.scheme() {
            "smtp" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&host)
                .port(url.port().unwrap_or(25)),
            "smtp+starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&host)
                .map_err(|e| format!("MANDANT_SMTP_URL: {e}"))?
                .port(url.port().unwrap_or(587)),
            "smtps" => AsyncSmtpTransport::<Tokio1Executor>::relay(&host)
                .map_err(|e| format!("MANDANT_SMTP_URL: {e}"))?
                .port(url.port().unwrap_or(465)),
            other => return Err(format!("MANDANT_SMTP_URL: unsupported scheme {other}")),
        };
        let builder = if url.username().is_empty() {
            builder
        } else {
            let user = percent_decode(url.username());
            let password = percent_decode(url.password().unwrap_or_default());
            builder.credentials(Credentials::new(user, password))
        };
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("MANDANT_MAIL_FROM is not an address: {e}"))?;
        Ok(Mailer {
            transport: builder.timeout(Some(Duration::from_secs(20))).build(),
            from,
        })
    }

    /// Sends every mail that is due now; each is marked sent or scheduled for a retry.
    pub async fn deliver_due(&self, db: &Db, scope: &SystemScope) -> Result<Round, DbError> {
        self.deliver_due_at(db, scope, db.now_ms()).await
    }

    pub async fn deliver_due_at(
        &self,
        db: &Db,
        scope: &SystemScope,
        now: i64,
    ) -> Result<Round, DbError> {
        crate::delivery::deliver_due_at(self, db, scope, now).await
    }
}

impl Sender for Mailer {
    const CHANNEL: &'static str = "mail";

    async fn send(&self, mail: &Mail) -> Result<(), String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient: {e}"))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&mail.subject);
        let message = if mail.attachments.is_empty() {
            builder
                .header(lettre::message::header::ContentType::TEXT_PLAIN)
                .body(mail.body_text.clone())
        } else {
            let mut parts =
                MultiPart::mixed().singlepart(SinglePart::plain(mail.body_text.clone()));
            for file in &mail.attachments {
                let kind = lettre::message::header::ContentType::parse(&file.content_type)
                    .map_err(|e| format!("attachment type: {e}"))?;
                parts = parts.singlepart(
                    Attachment::new(file.file_name.clone()).body(file.bytes.clone(), kind),
                );
            }
            builder.multipart(parts)
        }
        .map_err(|e| format!("message: {e}"))?;
        self.transport
            .send(message)
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}"))
    }
}

fn percent_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}
