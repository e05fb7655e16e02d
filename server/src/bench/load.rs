//! A small HTTP load generator: keep-alive connections that each send one request after
//! the other (closed loop), or requests sent on a fixed schedule (open loop), with every
//! latency recorded.

use axum::body::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::SendRequest;
use hyper::Request;
use hyper_util::rt::TokioIo;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::net::TcpSocket;

/// One kind of request, sent again and again.
#[derive(Clone, Debug)]
pub struct Target {
    pub method: hyper::Method,
    pub path: String,
    pub cookie: Option<String>,
    /// Form-encoded body (server functions take forms).
    pub form: Option<String>,
    /// What a browser sends; `None` for an identity-only client.
    pub accept_encoding: Option<&'static str>,
}

impl Target {
    pub fn get(path: impl Into<String>) -> Target {
        Target {
            method: hyper::Method::GET,
            path: path.into(),
            cookie: None,
            form: None,
            accept_encoding: Some("gzip, deflate, br"),
        }
    }

    pub fn with_cookie(mut self, cookie: &str) -> Target {
        self.cookie = Some(cookie.to_owned());
        self
    }

    pub fn post_form(path: impl Into<String>, form: String) -> Target {
        Target {
            method: hyper::Method::POST,
            form: Some(form),
            ..Target::get(path)
        }
    }

    fn request(&self, host: &str) -> Request<Full<Bytes>> {
        let mut builder = Request::builder()
            .method(self.method.clone())
            .uri(&self.path)
            .header(hyper::header::HOST, host)
            .header(hyper::header::USER_AGENT, "mandant-bench");
        if let Some(cookie) = &self.cookie {
            builder = builder.header(hyper::header::COOKIE, cookie);
        }
        if let Some(encoding) = self.accept_encoding {
            builder = builder.header(hyper::header::ACCEPT_ENCODING, encoding);
        }
        let body = match &self.form {
            Some(form) => {
                builder = builder
                    .header(
                        hyper::header::CONTENT_TYPE,
                        "application/x-www-form-urlencoded",
                    )
                    .header(hyper::header::ACCEPT, "application/json");
                Bytes::from(form.clone())
            }
            None => Bytes::new(),
        };
        builder
            .body(Full::new(body))
            .unwrap_or_else(|_| Request::new(Full::new(Bytes::new())))
    }
}

/// What a run measured.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    pub ok: u64,
    pub failed: u64,
    pub seconds: f64,
    /// Sorted latencies, microseconds.
    latencies: Vec<u32>,
    /// What the first failed request got (an HTTP status or a transport error).
    pub first_failure: Option<String>,
}

impl Figures {
    pub fn per_second(&self) -> f64 {
        self.ok as f64 / self.seconds.max(f64::EPSILON)
    }

    pub fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let index = ((self.latencies.len() as f64 - 1.0) * p).round() as usize;
        f64::from(self.latencies[index]) / 1000.0
    }

    pub fn p50(&self) -> f64 {
        self.percentile_ms(0.50)
    }

    pub fn p99(&self) -> f64 {
        self.percentile_ms(0.99)
    }

    fn merge(parts: Vec<Figures>, seconds: f64) -> Figures {
        let mut all = Figures {
            seconds,
            ..Figures::default()
        };
        for part in parts {
            all.first_failure = all.first_failure.or(part.first_failure);
            all.ok += part.ok;
            all.failed += part.failed;
            all.latencies.extend(part.latencies);
        }
        all.latencies.sort_unstable();
        all
    }
}

/// A reply as far as the bench needs it.
pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: Bytes,
}

/// One keep-alive connection, optionally from a given loopback source address (the server
/// counts sign-in attempts per address).
pub struct Connection {
    sender: SendRequest<Full<Bytes>>,
    host: String,
}

impl Connection {
    pub async fn open(server: SocketAddr, source: Option<Ipv4Addr>) -> std::io::Result<Self> {
        let socket = TcpSocket::new_v4()?;
        if let Some(ip) = source {
            socket.bind(SocketAddr::new(IpAddr::V4(ip), 0))?;
        }
        let stream = socket.connect(server).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .map_err(std::io::Error::other)?;
        tokio::spawn(connection);
        Ok(Connection {
            sender,
            host: server.to_string(),
        })
    }

    pub async fn send(&mut self, target: &Target) -> std::io::Result<Reply> {
        self.sender.ready().await.map_err(std::io::Error::other)?;
        let response = self
            .sender
            .send_request(target.request(&self.host))
            .await
            .map_err(std::io::Error::other)?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response
            .into_body()
            .collect()
            .await
            .map_err(std::io::Error::other)?
            .to_bytes();
        Ok(Reply {
            status,
            headers,
            body,
        })
    }
}

/// One request on a fresh connection.
pub async fn once(server: SocketAddr, target: &Target) -> std::io::Result<Reply> {
    Connection::open(server, None).await?.send(target).await
}

fn succeeded(reply: &std::io::Result<Reply>) -> bool {
    matches!(reply, Ok(r) if (200..300).contains(&r.status))
}

fn describe(reply: &std::io::Result<Reply>) -> String {
    match reply {
        Ok(r) => format!(
            "HTTP {} {}",
            r.status,
            String::from_utf8_lossy(&r.body[..r.body.len().min(200)])
        ),
        Err(e) => e.to_string(),
    }
}

/// `connections` connections, each sending `target` as soon as the previous answer is in,
/// for `duration`. `sources` spreads the connections over loopback addresses.
pub async fn closed_loop(
    server: SocketAddr,
    targets: Arc<Vec<Target>>,
    connections: usize,
    duration: Duration,
    sources: &[Ipv4Addr],
) -> Figures {
    let started = Instant::now();
    let deadline = started + duration;
    let mut tasks = vec![];
    for n in 0..connections {
        let source = (!sources.is_empty()).then(|| sources[n % sources.len()]);
        let targets = targets.clone();
        tasks.push(tokio::spawn(async move {
            let mut figures = Figures::default();
            let mut connection = None;
            let mut turn = n;
            while Instant::now() < deadline {
                let target = &targets[turn % targets.len()];
                turn += 1;
                if connection.is_none() {
                    connection = Connection::open(server, source).await.ok();
                }
                let Some(open) = connection.as_mut() else {
                    figures.failed += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                };
                let sent = Instant::now();
                let reply = open.send(target).await;
                let took = sent.elapsed();
                if reply.is_err() {
                    connection = None;
                }
                if succeeded(&reply) {
                    figures.ok += 1;
                    figures
                        .latencies
                        .push(took.as_micros().min(u32::MAX as u128) as u32);
                } else {
                    figures.failed += 1;
                    figures
                        .first_failure
                        .get_or_insert_with(|| describe(&reply));
                }
            }
            figures
        }));
    }
    let mut parts = vec![];
    for task in tasks {
        parts.push(task.await.unwrap_or_default());
    }
    Figures::merge(parts, started.elapsed().as_secs_f64())
}

/// `rate` requests per second spread evenly over `connections` connections, each sent at
/// its scheduled time (or as soon as its connection is free) for `duration`. Latency counts
/// from the scheduled time, so a slow answer also charges the requests queued behind it.
pub async fn open_loop(
    server: SocketAddr,
    target: Arc<Target>,
    rate: u32,
    connections: usize,
    duration: Duration,
) -> Figures {
    let started = Instant::now();
    let interval = Duration::from_secs_f64(connections as f64 / f64::from(rate.max(1)));
    let mut tasks = vec![];
    for n in 0..connections {
        let target = target.clone();
        tasks.push(tokio::spawn(async move {
            let mut figures = Figures::default();
            let Ok(mut connection) = Connection::open(server, None).await else {
                return figures;
            };
            // Connections start spread over one interval, not all at once.
            let mut due = started + interval.mul_f64(n as f64 / connections as f64);
            while due < started + duration {
                tokio::time::sleep_until(due.into()).await;
                let reply = connection.send(&target).await;
                if succeeded(&reply) {
                    figures.ok += 1;
                    figures
                        .latencies
                        .push(due.elapsed().as_micros().min(u32::MAX as u128) as u32);
                } else {
                    figures.failed += 1;
                    figures
                        .first_failure
                        .get_or_insert_with(|| describe(&reply));
                    if reply.is_err() {
                        match Connection::open(server, None).await {
                            Ok(fresh) => connection = fresh,
                            Err(_) => break,
                        }
                    }
                }
                due += interval;
            }
            figures
        }));
    }
    let mut parts = vec![];
    for task in tasks {
        parts.push(task.await.unwrap_or_default());
    }
    Figures::merge(parts, started.elapsed().as_secs_f64())
}
