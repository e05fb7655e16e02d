//! Delivers text messages (second-factor codes, login reminders) from the outbox through an
//! HTTP SMS gateway: `POST <MANDANT_SMS_GATEWAY_URL>` with the JSON body
//! `{"to": "+41791234567", "text": "…"}` and, when `MANDANT_SMS_GATEWAY_TOKEN` is set,
//! `Authorization: Bearer <token>`; any 2xx answer means accepted. A provider whose API
//! differs is reached through a small bridge speaking this request.
//!
//! Without a gateway the console runs in the SMS sandbox: messages are written to the
//! outbox and stay there (`mandant outbox` shows them); nothing leaves the machine.

use crate::delivery::Sender;
use db::outbox::Mail;
use std::time::Duration;

pub struct SmsGateway {
    url: String,
    token: Option<String>,
    agent: ureq::Agent,
}

impl SmsGateway {
    pub fn new(url: &str, token: Option<String>) -> Result<SmsGateway, String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("MANDANT_SMS_GATEWAY_URL: {e}"))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err("MANDANT_SMS_GATEWAY_URL must be an http:// or https:// URL".into());
        }
        Ok(SmsGateway {
            url: url.to_owned(),
            token,
            agent: ureq::AgentBuilder::new()
                .timeout(Duration::from_secs(20))
                .build(),
        })
    }
}

impl Sender for SmsGateway {
    const CHANNEL: &'static str = "sms";

    async fn send(&self, message: &Mail) -> Result<(), String> {
        let request = self
            .agent
            .post(&self.url)
            .set("content-type", "application/json");
        let request = match &self.token {
            Some(token) => request.set("authorization", &format!("Bearer {token}")),
            None => request,
        };
        let body = serde_json::json!({ "to": message.recipient, "text": message.body_text });
        // ureq blocks: the request runs on the blocking pool.
        tokio::task::spawn_blocking(move || {
            request.send_json(body).map(|_| ()).map_err(|e| match e {
                ureq::Error::Status(code, _) => format!("gateway answered {code}"),
                other => format!("gateway: {other}"),
            })
        })
        .await
        .map_err(|e| format!("gateway task: {e}"))?
    }
}
