//! A real Mandant server on a loopback port over a fresh database, and a small HTTP client
//! that keeps the session cookie like a browser would.
#![allow(clippy::unwrap_used, clippy::expect_used, dead_code)]

pub mod paying;
pub mod pdf;
pub mod smtp_sink;

use db::testing::TestDb;
use db::Backend;
use server::{build_router, serve_on, Config};
use std::net::SocketAddr;

pub struct TestServer {
    pub base: String,
    pub db: TestDb,
}

impl TestServer {
    pub async fn start(backend: Backend) -> TestServer {
        TestServer::start_with_site(backend, "target/site").await
    }

    /// A server whose static files come from `site_root`.
    pub async fn start_with_site(backend: Backend, site_root: &str) -> TestServer {
        let site_root = site_root.to_owned();
        TestServer::start_configured(backend, move |config| config.site_root = site_root).await
    }

    /// A server whose configuration `change` adjusts first (a payment service provider, …).
    pub async fn start_configured(
        backend: Backend,
        change: impl FnOnce(&mut Config),
    ) -> TestServer {
        let db = TestDb::new(backend).await;
        // As `mandant serve` does: the default catalogue is in force.
        server::catalogue_cli::ensure_default(&db.db).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr: SocketAddr = listener.local_addr().unwrap();
        let mut config = Config {
            database_url: db.url.clone(),
            listen: addr,
            public_url: format!("http://{addr}"),
            site_root: "target/site".into(),
            smtp_url: None,
            mail_from: "Mandant <no-reply@localhost>".into(),
            sms_gateway_url: None,
            sms_gateway_token: None,
            clock: Default::default(),
            seller_country: "CH".into(),
            payment_sandbox_secret: "test-sandbox-secret".into(),
            datatrans: None,
            seller: app::seller::demo(),
        };
        change(&mut config);
        let router = build_router(db.db.clone(), config, false);
        tokio::spawn(serve_on(listener, router));
        TestServer {
            base: format!("http://{addr}"),
            db,
        }
    }

    /// Runs the jobs that are due now, as `mandant serve`'s runner would (from a blocking
    /// scenario).
    pub fn run_jobs(&self) -> Vec<db::jobs::Ran> {
        let runner = db::jobs::Runner::new(self.db.db.clone(), "tests")
            .with(server::jobs::NotifyJoined)
            .with(server::jobs::PruneExpired)
            .with(server::jobs::MarkOverdue)
            .with(server::jobs::ProductLifecycle)
            .with(server::jobs::FulfilOrders)
            .with(server::jobs::ExpireOrders);
        tokio::runtime::Handle::current().block_on(async {
            runner.register().await.unwrap();
            runner.run_due().await.unwrap()
        })
    }

    pub fn client(&self) -> Client {
        Client {
            clock: self.db.db.clock().clone(),
            ..Client::for_base(&self.base)
        }
    }
}

pub struct Response {
    pub status: u16,
    pub body: String,
    pub set_cookies: Vec<String>,
    pub location: Option<String>,
}

impl Response {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
    pub fn code(&self) -> String {
        self.json()["code"].as_str().unwrap_or_default().to_owned()
    }
}

#[derive(Clone)]
pub struct Client {
    pub base: String,
    /// `name=value` of the session cookie, as a browser would keep it.
    pub cookie: Option<String>,
    agent: ureq::Agent,
    /// An `Origin` header to send (browsers send one with every POST).
    pub origin: Option<String>,
    /// The server's clock, which the client's authenticator app reads too (tests move it).
    pub clock: db::Clock,
}

impl Client {
    /// A client of the server at `base` (from a blocking scenario's copy of the address).
    pub fn for_base(base: &str) -> Client {
        Client {
            base: base.to_owned(),
            cookie: None,
            // A page that never finishes fails its test instead of stalling the suite.
            agent: ureq::AgentBuilder::new()
                .redirects(0)
                .timeout(std::time::Duration::from_secs(60))
                .build(),
            origin: None,
            clock: db::Clock::system(),
        }
    }

    fn finish(&mut self, result: Result<ureq::Response, ureq::Error>) -> Response {
        let resp = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("transport error (or no answer within a minute): {e}"),
        };
        let status = resp.status();
        let set_cookies: Vec<String> = resp
            .all("set-cookie")
            .iter()
            .map(|s| s.to_string())
            .collect();
        let location = resp.header("location").map(str::to_owned);
        for c in &set_cookies {
            let pair = c.split(';').next().unwrap().to_owned();
            if pair.starts_with("mandant_session=") {
                self.cookie = if pair == "mandant_session=" {
                    None
                } else {
                    Some(pair)
                };
            }
        }
        let body = resp.into_string().unwrap_or_default();
        Response {
            status,
            body,
            set_cookies,
            location,
        }
    }

    fn request(&self, method: &str, path: &str) -> ureq::Request {
        let mut req = self.agent.request(method, &format!("{}{path}", self.base));
        if let Some(c) = &self.cookie {
            req = req.set("Cookie", c);
        }
        if let Some(o) = &self.origin {
            req = req.set("Origin", o);
        }
        req
    }

    /// Calls a server function with form-encoded arguments, as the browser does.
    pub fn call(&mut self, endpoint: &str, form: &[(&str, &str)]) -> Response {
        let req = self.request("POST", endpoint);
        let result = req.send_form(form);
        self.finish(result)
    }

    /// Calls a server function that takes JSON arguments.
    pub fn call_json(&mut self, endpoint: &str, body: &serde_json::Value) -> Response {
        let req = self
            .request("POST", endpoint)
            .set("Content-Type", "application/json");
        let result = req.send_string(&body.to_string());
        self.finish(result)
    }

    pub fn get(&mut self, path: &str, accept_language: Option<&str>) -> Response {
        let mut req = self.request("GET", path);
        if let Some(l) = accept_language {
            req = req.set("Accept-Language", l);
        }
        let result = req.call();
        self.finish(result)
    }

    /// A GET whose answer is binary (a PDF): its status, content type and bytes.
    pub fn get_bytes(&self, path: &str) -> (u16, String, Vec<u8>) {
        let resp = match self.request("GET", path).call() {
            Ok(r) | Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("transport error: {e}"),
        };
        let status = resp.status();
        let kind = resp.header("content-type").unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut resp.into_reader(), &mut bytes).unwrap();
        (status, kind, bytes)
    }

    /// The raw session token in the cookie.
    pub fn token(&self) -> String {
        self.cookie
            .as_ref()
            .unwrap()
            .split_once('=')
            .unwrap()
            .1
            .to_owned()
    }
}

pub const PASSWORD: &str = "correct horse battery staple";

/// Signs up a new account and returns the new organisation's id.
pub fn sign_up(
    client: &mut Client,
    name: &str,
    email: &str,
    company: &str,
    country: &str,
) -> String {
    let r = client.call(
        "/api/public/auth/sign_up",
        &[
            ("name", name),
            ("email", email),
            ("password", PASSWORD),
            ("company", company),
            ("country", country),
            ("time_zone", "Europe/Zurich"),
            ("lang", "en"),
        ],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["org"].as_str().unwrap().to_owned()
}

/// Runs a blocking HTTP scenario against a fresh server on each backend.
pub async fn on_each_backend(scenario: fn(&TestServer)) {
    for backend in db::testing::backends() {
        let server = TestServer::start(backend).await;
        let server = tokio::task::spawn_blocking(move || {
            scenario(&server);
            server
        })
        .await
        .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic()));
        server.db.cleanup().await;
    }
}

/// Signs in with e-mail and [`PASSWORD`] (the first step when the account has a second
/// factor).
pub fn log_in(client: &mut Client, email: &str) -> Response {
    client.call(
        "/api/public/auth/log_in",
        &[("email", email), ("password", PASSWORD)],
    )
}

/// The `name=value` of the pending sign-in cookie a password step set.
pub fn pending_cookie(r: &Response) -> String {
    r.set_cookies
        .iter()
        .find(|c| c.starts_with("mandant_pending="))
        .map(|c| c.split(';').next().unwrap().to_owned())
        .expect("a pending sign-in cookie")
}

/// Calls `endpoint` as the browser holding the pending sign-in `pending`; a session cookie
/// it receives is kept.
pub fn as_pending(
    client: &mut Client,
    pending: &str,
    endpoint: &str,
    form: &[(&str, &str)],
) -> Response {
    let saved = client.cookie.clone();
    client.cookie = Some(pending.to_owned());
    let r = client.call(endpoint, form);
    if client.cookie.as_deref() == Some(pending) {
        client.cookie = saved;
    }
    r
}

/// The six-digit code in a text message.
pub fn code_in(text: &str) -> String {
    text.split_whitespace()
        .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        .expect("a six-digit code")
        .to_owned()
}

/// The authenticator app's code for `secret`, `offset_steps` 30-second steps from the
/// server clock's now (a test that moves the clock moves the app's time with it).
pub fn totp_code(clock: &db::Clock, secret: &[u8], offset_steps: i64) -> String {
    use app::security::totp;
    let now = (clock.now_ms() / 1000) as u64;
    let step = (totp::step_at(now) as i64 + offset_steps) as u64;
    format!("{:06}", totp::hotp(secret, step, 6))
}

/// Turns on the authenticator app for the signed-in client; returns its secret.
pub fn enrol_totp(client: &mut Client) -> Vec<u8> {
    let started = client.call("/api/security/begin_totp", &[]);
    let secret =
        app::security::totp::decode_secret(started.json()["secret"].as_str().unwrap()).unwrap();
    let confirmed = client.call(
        "/api/security/confirm_totp",
        &[("code", &totp_code(&client.clock, &secret, 0))],
    );
    assert_eq!(confirmed.status, 200, "{}", confirmed.body);
    secret
}

/// The Users page's rows filtered to members without a second factor.
pub fn members_without_two_factor(client: &mut Client, org: &str) -> Vec<serde_json::Value> {
    let without = client.call_json(
        "/api/members/list_members",
        &serde_json::json!({"org": org, "query": {"without_two_factor": true}}),
    );
    without.json()["rows"].as_array().unwrap().clone()
}

/// The names in member rows, in order.
pub fn names(rows: &[serde_json::Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["name"].as_str().unwrap().to_owned())
        .collect()
}

/// The newest queued mail of `kind` to `to` (what the mailer will deliver).
pub fn mail_to(server: &TestServer, to: &str, kind: &str) -> db::outbox::Mail {
    let rt = tokio::runtime::Handle::current();
    rt.block_on(db::outbox::recent(&server.db.db, 100))
        .unwrap()
        .into_iter()
        .find(|m| m.recipient == to && m.kind == kind)
        .unwrap_or_else(|| panic!("no {kind} mail to {to}"))
}

/// The invitation token in a mail's link.
pub fn token_in(server: &TestServer, body: &str) -> String {
    link_token(server, body, "/invitation/")
}

/// The token of the console link starting with `path` (`/reset-password/`) in a mail.
pub fn link_token(server: &TestServer, body: &str, path: &str) -> String {
    let prefix = format!("{}{path}", server.base);
    let start = body.find(&prefix).expect("link in the mail") + prefix.len();
    body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
