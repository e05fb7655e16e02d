//! Text messages leave through the HTTP SMS adapter: the gateway receives the number and
//! the text with its token, and a refusing gateway loses nothing (retried with backoff).
//! Mail waiting in the same outbox is never sent as SMS.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use db::outbox;
use db::testing::{backends, TestDb};
use server::delivery::{deliver_due_at, Round};
use server::sms::SmsGateway;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

/// A gateway on loopback answering `status` and recording each request's head and body.
fn gateway(status: u16) -> (String, Arc<Mutex<Vec<String>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/messages", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let record = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line.to_ascii_lowercase().starts_with("content-length:") {
                    length = line[15..].trim().parse().unwrap();
                }
                if line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            record
                .lock()
                .unwrap()
                .push(format!("{head}\n{}", String::from_utf8_lossy(&body)));
            let answer =
                format!("HTTP/1.1 {status} X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            reader.get_mut().write_all(answer.as_bytes()).unwrap();
        }
    });
    (url, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sms_reach_the_gateway_and_survive_its_refusal() {
    for backend in backends() {
        let t = TestDb::new(backend).await;
        outbox::enqueue_sms(
            &t.db,
            "+41791234567",
            "fr",
            "sms-code",
            "123456 est votre code",
        )
        .await
        .unwrap();
        let mail = app::mail::test_mail(domain::Lang::En);
        outbox::enqueue(
            &t.db,
            outbox::NewMail {
                recipient: "someone@example.com",
                lang: "en",
                kind: mail.kind,
                subject: &mail.subject,
                body_text: &mail.body_text,
            },
        )
        .await
        .unwrap();

        // Refused: kept for a retry.
        let (down_url, _) = gateway(503);
        let down = SmsGateway::new(&down_url, None).unwrap();
        let now = t.db.now_ms();
        assert_eq!(
            deliver_due_at(&down, &t.db, &operator(), now)
                .await
                .unwrap(),
            Round { sent: 0, failed: 1 }
        );
        let waiting = outbox::recent(&t.db, 10).await.unwrap();
        let sms = waiting.iter().find(|m| m.channel == "sms").unwrap();
        assert_eq!(sms.status, "pending");
        assert_eq!(sms.last_error.as_deref(), Some("gateway answered 503"));

        // Accepted after the backoff: one request with the number, the text and the token.
        let (url, seen) = gateway(202);
        let up = SmsGateway::new(&url, Some("secret-token".into())).unwrap();
        assert_eq!(
            deliver_due_at(&up, &t.db, &operator(), now + 1_000)
                .await
                .unwrap(),
            Round::default(),
            "not before the retry time"
        );
        assert_eq!(
            deliver_due_at(&up, &t.db, &operator(), now + 31_000)
                .await
                .unwrap(),
            Round { sent: 1, failed: 0 }
        );
        let requests = seen.lock().unwrap().clone();
        assert_eq!(requests.len(), 1, "the mail is not sent as SMS");
        assert!(requests[0].starts_with("POST /messages"), "{}", requests[0]);
        assert!(requests[0]
            .to_ascii_lowercase()
            .contains("authorization: bearer secret-token"));
        let body: serde_json::Value =
            serde_json::from_str(requests[0].split("\n\n").nth(1).unwrap()).unwrap();
        assert_eq!(body["to"], "+41791234567");
        assert_eq!(body["text"], "123456 est votre code");
        t.cleanup().await;
    }
}

#[test]
fn only_http_gateways_are_accepted() {
    assert!(SmsGateway::new("smtp://127.0.0.1:25", None).is_err());
    assert!(SmsGateway::new("not a url", None).is_err());
}

/// Delivery runs as the system; tests act as an operator would with `mandant jobs run`.
fn operator() -> db::SystemScope {
    db::SystemScope::operator("tests").unwrap()
}
