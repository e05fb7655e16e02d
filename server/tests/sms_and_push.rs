//! Second factors beyond the authenticator app, over HTTP on both databases: codes by SMS
//! (phone numbers of four countries, codes once, bound to their sign-in, killed by wrong
//! guesses) and approval of a sign-in from another signed-in device (in real time over
//! `/events`, once, refusable, expiring).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::{BufRead, BufReader};
use support::{as_pending, code_in, log_in, pending_cookie, sign_up, Client, TestServer, PASSWORD};

/// The newest text message sent to `phone`.
fn last_sms(server: &TestServer, phone: &str) -> Option<String> {
    let rt = tokio::runtime::Handle::current();
    rt.block_on(db::outbox::recent(&server.db.db, 200))
        .unwrap()
        .into_iter()
        .find(|m| m.channel == "sms" && m.recipient == phone)
        .map(|m| m.body_text)
}

/// Enrols `phone` for SMS codes and returns the backup codes of the first method.
fn enrol_sms(server: &TestServer, client: &mut Client, phone: &str, e164: &str) -> Vec<String> {
    let sent = client.call("/api/security/begin_sms", &[("sms_phone", phone)]);
    assert_eq!(sent.status, 200, "{}", sent.body);
    let code = code_in(&last_sms(server, e164).expect("an enrolment code"));
    let confirmed = client.call("/api/security/confirm_sms", &[("sms_code", &code)]);
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    serde_json::from_value(confirmed.json()).unwrap_or_default()
}

fn sms_codes_sign_in(server: &TestServer) {
    let mut tom = server.client();
    let org = sign_up(&mut tom, "Tom", "tom@example.ch", "Tom AG", "CH");
    // Only Swiss, French, Belgian and German numbers; nothing is stored otherwise.
    let italian = tom.call(
        "/api/security/begin_sms",
        &[("sms_phone", "+39 312 345 6789")],
    );
    assert_eq!(italian.json()["fields"][0]["code"], "phone-country");
    let garbage = tom.call("/api/security/begin_sms", &[("sms_phone", "call me")]);
    assert_eq!(garbage.json()["fields"][0]["code"], "phone-invalid");
    assert!(last_sms(server, "+39312345678").is_none());

    let sent = tom.call("/api/security/begin_sms", &[("sms_phone", "079 123 45 67")]);
    assert_eq!(
        sent.json(),
        "+41 79 123 45 67",
        "a national number is read as Swiss"
    );
    let text = last_sms(server, "+41791234567").unwrap();
    let code = code_in(&text);
    let wrong = tom.call("/api/security/confirm_sms", &[("sms_code", "000000")]);
    assert_eq!(wrong.json()["fields"][0]["code"], "code-wrong");
    let confirmed = tom.call("/api/security/confirm_sms", &[("sms_code", &code)]);
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    let backup: Vec<String> = serde_json::from_value(confirmed.json()).unwrap();
    assert_eq!(backup.len(), 10, "the first method brings backup codes");
    let overview = tom.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["two_factor"], true);
    assert_eq!(overview["sms_phone"], "+41 79 123 45 67");
    // Members lists and organisation-wide enforcement count the phone as a second factor.
    let members = tom.call_json(
        "/api/members/list_members",
        &serde_json::json!({ "org": org, "query": { "without_two_factor": true } }),
    );
    assert_eq!(members.status, 200, "{}", members.body);
    assert_eq!(members.json()["total"], 0, "{}", members.body);

    // Signing in: the password step offers SMS (and approval, Tom being signed in).
    let mut phone = server.client();
    let first = log_in(&mut phone, "tom@example.ch");
    assert_eq!(first.json()["second_factor"], true);
    let methods = first.json()["methods"].clone();
    assert!(
        methods.as_array().unwrap().contains(&"sms".into()),
        "{methods}"
    );
    assert!(
        methods.as_array().unwrap().contains(&"push".into()),
        "{methods}"
    );
    let pending = pending_cookie(&first);
    let masked = as_pending(
        &mut phone,
        &pending,
        "/api/public/auth/send_sign_in_code",
        &[],
    );
    assert_eq!(masked.json(), "•••• 67");
    let code = code_in(&last_sms(server, "+41791234567").unwrap());
    // A code sent for another sign-in does not open this one.
    let mut other = server.client();
    let other_pending = pending_cookie(&log_in(&mut other, "tom@example.ch"));
    let foreign = as_pending(
        &mut other,
        &other_pending,
        "/api/public/auth/verify_second_factor",
        &[("code", &code)],
    );
    assert_eq!(foreign.status, 422, "codes are bound to their sign-in");
    let ok = as_pending(
        &mut phone,
        &pending,
        "/api/public/auth/verify_second_factor",
        &[("code", &code)],
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_eq!(phone.call("/api/account/get_shell", &[]).status, 200);

    // Five wrong guesses end a code: the right one is refused afterwards.
    let mut guesser = server.client();
    let pending = pending_cookie(&log_in(&mut guesser, "tom@example.ch"));
    as_pending(
        &mut guesser,
        &pending,
        "/api/public/auth/send_sign_in_code",
        &[],
    );
    let code = code_in(&last_sms(server, "+41791234567").unwrap());
    let wrong_code = if code == "111111" { "222222" } else { "111111" };
    for _ in 0..5 {
        let r = as_pending(
            &mut guesser,
            &pending,
            "/api/public/auth/verify_second_factor",
            &[("code", wrong_code)],
        );
        assert_eq!(r.status, 422);
    }
    let late = as_pending(
        &mut guesser,
        &pending,
        "/api/public/auth/verify_second_factor",
        &[("code", &code)],
    );
    assert_eq!(late.status, 422, "the code died after five wrong guesses");

    // Removing the last method needs the password and turns two-factor off.
    let refused = tom.call(
        "/api/security/remove_method",
        &[("method", "sms"), ("password", "not the password")],
    );
    assert_eq!(refused.json()["fields"][0]["code"], "password-wrong");
    let removed = tom.call(
        "/api/security/remove_method",
        &[("method", "sms"), ("password", PASSWORD)],
    );
    assert_eq!(removed.json(), false, "two-factor is off");
    let overview = tom.call("/api/security/get_security", &[]).json();
    assert_eq!(overview["two_factor"], false);
    assert_eq!(overview["backup_codes_left"], 0);
    assert_eq!(
        log_in(&mut server.client(), "tom@example.ch").json()["second_factor"],
        false
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sms_codes() {
    support::on_each_backend(sms_codes_sign_in).await;
}

/// Reads `/events` as `client` until the first `push` event and returns its data.
fn first_push_event(client: &Client) -> serde_json::Value {
    let agent = ureq::AgentBuilder::new()
        .timeout_read(std::time::Duration::from_secs(10))
        .build();
    let resp = agent
        .get(&format!("{}/events", client.base))
        .set("Cookie", client.cookie.as_ref().unwrap())
        .call()
        .unwrap();
    assert!(resp.content_type().starts_with("text/event-stream"));
    let mut lines = BufReader::new(resp.into_reader()).lines();
    while let Some(Ok(line)) = lines.next() {
        if line == "event: push" {
            let data = lines.next().unwrap().unwrap();
            return serde_json::from_str(data.trim_start_matches("data:").trim()).unwrap();
        }
    }
    panic!("no push event");
}

fn sign_ins_are_approved_from_another_device(server: &TestServer) {
    let mut desk = server.client();
    sign_up(&mut desk, "Pia", "pia@example.ch", "Pia AG", "CH");
    enrol_sms(server, &mut desk, "+41 78 555 12 34", "+41785551234");
    assert_eq!(
        first_push_event(&desk),
        serde_json::json!([]),
        "nothing waits yet"
    );

    // A sign-in asks; the signed-in device sees it in its event stream and approves.
    let mut laptop = server.client();
    let pending = pending_cookie(&log_in(&mut laptop, "pia@example.ch"));
    let id = as_pending(&mut laptop, &pending, "/api/public/auth/request_push", &[]);
    assert_eq!(id.status, 200, "{}", id.body);
    let id = id.json().as_str().unwrap().to_owned();
    let pushed = first_push_event(&desk);
    assert_eq!(pushed[0]["id"], id.as_str());
    let waiting = as_pending(
        &mut laptop,
        &pending,
        "/api/public/auth/push_status",
        &[("id", &id)],
    );
    assert_eq!(waiting.json(), serde_json::Value::Null, "still waiting");
    assert!(laptop.cookie.is_none(), "no session while waiting");

    // Another account can neither see nor answer it.
    let mut stranger = server.client();
    sign_up(&mut stranger, "Sam", "sam@example.ch", "Sam AG", "CH");
    assert_eq!(
        stranger
            .call("/api/security/list_push_requests", &[])
            .json(),
        serde_json::json!([])
    );
    let hijack = stranger.call(
        "/api/security/decide_push",
        &[("id", &id), ("approve", "true")],
    );
    assert_eq!(hijack.json()["reason"], "push-expired");

    let approved = desk.call(
        "/api/security/decide_push",
        &[("id", &id), ("approve", "true")],
    );
    assert_eq!(approved.status, 200, "{}", approved.body);
    let done = as_pending(
        &mut laptop,
        &pending,
        "/api/public/auth/push_status",
        &[("id", &id)],
    );
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.json()["second_factor"], false);
    assert_eq!(
        laptop.call("/api/account/get_shell", &[]).status,
        200,
        "signed in"
    );
    // An approval is used once.
    let again = as_pending(
        &mut server.client(),
        &pending,
        "/api/public/auth/push_status",
        &[("id", &id)],
    );
    assert_eq!(again.json()["reason"], "second-factor-expired");

    // Refused: the sign-in gets no session, and the refusal is recorded.
    let mut intruder = server.client();
    let pending = pending_cookie(&log_in(&mut intruder, "pia@example.ch"));
    let id = as_pending(
        &mut intruder,
        &pending,
        "/api/public/auth/request_push",
        &[],
    );
    let id = id.json().as_str().unwrap().to_owned();
    assert_eq!(
        desk.call("/api/security/list_push_requests", &[]).json()[0]["id"],
        id.as_str()
    );
    desk.call(
        "/api/security/decide_push",
        &[("id", &id), ("approve", "false")],
    );
    let denied = as_pending(
        &mut intruder,
        &pending,
        "/api/public/auth/push_status",
        &[("id", &id)],
    );
    assert_eq!(denied.json()["reason"], "push-denied");
    assert!(intruder.cookie.is_none());
    let activity = desk.call("/api/account/list_activity", &[]).json();
    assert!(activity
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "push-denied"));
    assert!(activity
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["kind"] == "push-approved"));

    // Unanswered requests expire after two minutes.
    let mut late = server.client();
    let pending = pending_cookie(&log_in(&mut late, "pia@example.ch"));
    let id = as_pending(&mut late, &pending, "/api/public/auth/request_push", &[]);
    let id = id.json().as_str().unwrap().to_owned();
    server.db.db.clock().advance(120_001);
    let expired = as_pending(
        &mut late,
        &pending,
        "/api/public/auth/push_status",
        &[("id", &id)],
    );
    assert_eq!(expired.json()["reason"], "push-expired");
    let too_late = desk.call(
        "/api/security/decide_push",
        &[("id", &id), ("approve", "true")],
    );
    assert_eq!(too_late.json()["reason"], "push-expired");

    // Without any signed-in device there is nobody to ask.
    desk.call("/api/auth/log_out", &[]);
    laptop.call("/api/auth/log_out", &[]);
    let mut alone = server.client();
    let first = log_in(&mut alone, "pia@example.ch");
    assert!(!first.json()["methods"]
        .as_array()
        .unwrap()
        .contains(&"push".into()));
    let pending = pending_cookie(&first);
    let nobody = as_pending(&mut alone, &pending, "/api/public/auth/request_push", &[]);
    assert_eq!(nobody.json()["reason"], "push-no-device");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn push_approval() {
    support::on_each_backend(sign_ins_are_approved_from_another_device).await;
}
