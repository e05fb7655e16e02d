//! The outbox is delivered over real SMTP (a local sink), in the recipient's language, and
//! survives an unreachable server: nothing is lost, delivery resumes with backoff.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use db::outbox::{self, NewMail};
use db::testing::{backends, TestDb};
use domain::Lang;
use server::mailer::{Mailer, Round};
use support::smtp_sink::SmtpSink;

async fn queue_test_mail(db: &db::Db, to: &str, lang: Lang) -> uuid::Uuid {
    let mail = app::mail::test_mail(lang);
    outbox::enqueue(
        db,
        NewMail {
            recipient: to,
            lang: lang.code(),
            kind: mail.kind,
            subject: &mail.subject,
            body_text: &mail.body_text,
        },
    )
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mails_reach_the_smtp_server_in_the_recipients_language() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        let sink = SmtpSink::start().await;
        let mailer = Mailer::new(
            &format!("smtp://127.0.0.1:{}", sink.port),
            "Mandant <no-reply@example.com>",
        )
        .unwrap();
        queue_test_mail(&t.db, "claire@example.com", Lang::Fr).await;
        queue_test_mail(&t.db, "lena@example.com", Lang::De).await;

        assert_eq!(
            mailer.deliver_due(&t.db, &operator()).await.unwrap(),
            Round { sent: 2, failed: 0 }
        );
        let got = sink.received();
        assert_eq!(got.len(), 2);
        let to_claire = got
            .iter()
            .find(|m| m.rcpt.iter().any(|r| r.contains("claire@example.com")))
            .unwrap();
        let fr_subject = app::i18n::translate(Lang::Fr, "mail-test-subject", None);
        assert!(
            to_claire.data.contains(&format!("Subject: {fr_subject}")),
            "{}",
            to_claire.data
        );
        assert!(to_claire
            .data
            .contains("From: Mandant <no-reply@example.com>"));
        let to_lena = got
            .iter()
            .find(|m| m.rcpt.iter().any(|r| r.contains("lena@example.com")))
            .unwrap();
        assert!(
            to_lena.data.contains(&format!(
                "Subject: {}",
                app::i18n::translate(Lang::De, "mail-test-subject", None)
            )),
            "{}",
            to_lena.data
        );

        // Sent mails are done: a second round sends nothing again.
        assert_eq!(
            mailer.deliver_due(&t.db, &operator()).await.unwrap(),
            Round::default()
        );
        assert!(outbox::recent(&t.db, 10)
            .await
            .unwrap()
            .iter()
            .all(|m| m.status == "sent"));
        sink.stop();
        t.cleanup().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_smtp_server_loses_nothing() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        // Reserve a port, then close it: connections are refused.
        let port = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mailer =
            Mailer::new(&format!("smtp://127.0.0.1:{port}"), "no-reply@example.com").unwrap();
        let id = queue_test_mail(&t.db, "marco@example.com", Lang::It).await;
        let now = t.db.now_ms() + 1;

        assert_eq!(
            mailer
                .deliver_due_at(&t.db, &operator(), now)
                .await
                .unwrap(),
            Round { sent: 0, failed: 1 }
        );
        let waiting = outbox::get(&t.db, id).await.unwrap().unwrap();
        assert_eq!((waiting.status.as_str(), waiting.attempts), ("pending", 1));
        assert!(waiting.last_error.unwrap().starts_with("smtp:"));
        // Not retried before its backoff ends.
        assert_eq!(
            mailer
                .deliver_due_at(&t.db, &operator(), now + 1_000)
                .await
                .unwrap(),
            Round::default()
        );

        // The server comes back on the same port: the mail goes out at the next due round.
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        let sink = SmtpSink::on(listener);
        assert_eq!(
            mailer
                .deliver_due_at(&t.db, &operator(), now + 30_000)
                .await
                .unwrap(),
            Round { sent: 1, failed: 0 }
        );
        assert_eq!(sink.received().len(), 1);
        assert_eq!(
            outbox::get(&t.db, id).await.unwrap().unwrap().status,
            "sent"
        );
        sink.stop();
        t.cleanup().await;
    }
}

/// Delivery runs as the system; tests act as an operator would with `mandant jobs run`.
fn operator() -> db::SystemScope {
    db::SystemScope::operator("tests").unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attached_files_travel_with_their_mail() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        let sink = SmtpSink::start().await;
        let mailer = Mailer::new(
            &format!("smtp://127.0.0.1:{}", sink.port),
            "Mandant <no-reply@example.com>",
        )
        .unwrap();
        let mut tx = t.db.begin().await.unwrap();
        let id = outbox::enqueue_on(
            &mut tx,
            NewMail {
                recipient: "anna@example.ch",
                lang: "en",
                kind: "invoice-archive",
                subject: "Invoices",
                body_text: "The PDFs are attached.",
            },
        )
        .await
        .unwrap();
        let pdf = outbox::Attachment {
            file_name: "invoice-2026-000001.pdf".into(),
            content_type: "application/pdf".into(),
            // A PDF's binary marker line: the file travels base64-encoded.
            bytes: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 a stand-in".to_vec(),
        };
        outbox::attach(&mut tx, id, &[pdf]).await.unwrap();
        tx.commit().await.unwrap();

        assert_eq!(
            mailer.deliver_due(&t.db, &operator()).await.unwrap(),
            Round { sent: 1, failed: 0 }
        );
        let got = sink.received();
        let data = &got[0].data;
        assert!(data.contains("multipart/mixed"), "{data}");
        assert!(data.contains("The PDFs are attached."), "{data}");
        assert!(data.contains("Content-Type: application/pdf"), "{data}");
        assert!(
            data.contains("filename=\"invoice-2026-000001.pdf\""),
            "{data}"
        );
        let encoded = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 a stand-in",
        );
        assert!(data.replace("\r\n", "").contains(&encoded), "{data}");
        t.cleanup().await;
    }
}
