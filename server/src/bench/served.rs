//! The server under test: this same binary, started as `mandant serve` in its own process
//! on a free loopback port, with its log in a file.

use super::load::{once, Target};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

pub struct Served {
    child: Child,
    pub addr: SocketAddr,
    log: PathBuf,
}

impl Served {
    /// Starts the server on `database_url` and waits until it answers.
    pub async fn start(
        database_url: &str,
        site_root: &str,
        log_filter: &str,
        log: PathBuf,
    ) -> Result<Served, String> {
        let addr = free_port()?;
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let log_file = std::fs::File::create(&log).map_err(|e| e.to_string())?;
        // The log goes to standard output; panics to standard error.
        let panics = log_file.try_clone().map_err(|e| e.to_string())?;
        let child = Command::new(exe)
            .arg("serve")
            .env("DATABASE_URL", database_url)
            .env("MANDANT_LISTEN", addr.to_string())
            .env("MANDANT_PUBLIC_URL", format!("http://{addr}"))
            .env("LEPTOS_SITE_ROOT", site_root)
            .env("RUST_LOG", log_filter)
            .env_remove("MANDANT_SMTP_URL")
            .env_remove("MANDANT_SMS_GATEWAY_URL")
            .stdout(log_file)
            .stderr(panics)
            .spawn()
            .map_err(|e| format!("cannot start the server: {e}"))?;
        let mut served = Served { child, addr, log };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Ok(reply) = once(addr, &Target::get("/login")).await {
                if reply.status == 200 {
                    return Ok(served);
                }
            }
            if let Ok(Some(status)) = served.child.try_wait() {
                return Err(format!(
                    "the server exited ({status}); its log: {}",
                    served.log.display()
                ));
            }
            if Instant::now() > deadline {
                served.stop();
                return Err("the server did not answer within 60 s".into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Lines of the server's log so far (the query count reads `sqlx::query` lines).
    pub fn log_lines_matching(&self, needle: &str) -> usize {
        std::fs::read(&self.log)
            .map(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .lines()
                    .filter(|l| l.contains(needle))
                    .count()
            })
            .unwrap_or(0)
    }

    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> Result<SocketAddr, String> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    listener.local_addr().map_err(|e| e.to_string())
}
