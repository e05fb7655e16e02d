//! `mandant bench`: the console's performance figures on SQLite and PostgreSQL, on a small
//! and on a large dataset, printed as one table (see docs/performance.md).

mod dataset;
mod figures;
mod load;
mod served;

use crate::seed;
use db::scratch::Scratch;
use db::Db;
use figures::{Run, Table};
use load::{closed_loop, once, open_loop, Connection, Target};
use served::Served;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub const USAGE: &str =
    "usage: mandant bench [--scale <factor>] [--db sqlite|postgres|both] [--seconds <n>]

  --scale    size of the large dataset relative to 10 000 organisations, 100 000 users,
             300 000 memberships, 200 000 products and 1 000 000 invoices (default 1)
  --db       which databases to measure (default both; PostgreSQL from
             MANDANT_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
  --seconds  length of each load phase (default 10)

Run it from a release build (scripts/bench.sh builds one and runs this).";

/// How much of the full dataset to generate.
#[derive(Clone, Copy, Debug)]
pub struct Scale(pub f64);

impl Scale {
    pub fn of(self, full: usize) -> usize {
        ((full as f64 * self.0).round() as usize).max(1)
    }
}

struct Options {
    scale: Scale,
    backends: Vec<&'static str>,
    seconds: u64,
    site_root: String,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        scale: Scale(1.0),
        backends: vec!["sqlite", "postgres"],
        seconds: 10,
        site_root: std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into()),
    };
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest
            .next()
            .ok_or(format!("{flag} needs a value\n\n{USAGE}"))?;
        match flag.as_str() {
            "--scale" => {
                options.scale = Scale(
                    value
                        .parse()
                        .ok()
                        .filter(|s: &f64| *s > 0.0 && *s <= 10.0)
                        .ok_or(format!(
                            "--scale takes a factor between 0 and 10, not {value:?}"
                        ))?,
                )
            }
            "--db" => {
                options.backends = match value.as_str() {
                    "sqlite" => vec!["sqlite"],
                    "postgres" => vec!["postgres"],
                    "both" => vec!["sqlite", "postgres"],
                    _ => return Err(format!("--db takes sqlite, postgres or both\n\n{USAGE}")),
                }
            }
            "--seconds" => {
                options.seconds = value
                    .parse()
                    .ok()
                    .filter(|s| *s > 0 && *s <= 600)
                    .ok_or(format!("--seconds takes 1 to 600, not {value:?}"))?
            }
            _ => return Err(format!("unknown option {flag:?}\n\n{USAGE}")),
        }
    }
    Ok(options)
}

pub async fn run(args: &[String]) -> Result<(), String> {
    let options = options(args)?;
    let mut table = Table::default();
    let work = std::env::temp_dir().join(format!("mandant-bench-{}", std::process::id()));
    std::fs::create_dir_all(&work).map_err(|e| e.to_string())?;
    for backend in &options.backends {
        let (small, large) = bench_backend(backend, &options, &work).await?;
        table.push(small);
        table.push(large);
    }
    println!("{}", table.markdown());
    eprintln!("bench: the servers' logs are in {}", work.display());
    Ok(())
}

async fn bench_backend(
    backend: &str,
    options: &Options,
    work: &std::path::Path,
) -> Result<(Run, Run), String> {
    let name = format!("mandant_bench_{}", std::process::id());
    let scratch = match backend {
        "sqlite" => Scratch::sqlite(work, &name),
        _ => {
            let admin = std::env::var("MANDANT_BENCH_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
            Scratch::postgres(&admin, &name)
                .await
                .map_err(|e| format!("PostgreSQL: {e}"))?
        }
    };
    let result = bench_on(backend, &scratch.url, options, work).await;
    scratch.remove().await;
    result
}

async fn bench_on(
    backend: &str,
    url: &str,
    options: &Options,
    work: &std::path::Path,
) -> Result<(Run, Run), String> {
    let db = Db::connect(url).await.map_err(|e| e.to_string())?;
    db.migrate().await.map_err(|e| e.to_string())?;
    crate::catalogue_cli::ensure_default(&db).await?;
    seed::seed_demo(&db).await.map_err(|e| format!("{e:?}"))?;
    let hash = dataset::password_hash()
        .await
        .map_err(|e| format!("{e:?}"))?;
    let (org, accounts) = dataset::fill_bench_org(&db, &hash)
        .await
        .map_err(|e| format!("{e:?}"))?;
    eprintln!("bench: {backend}, small dataset");
    let small = measure(
        &format!("{backend} small"),
        url,
        org,
        &accounts,
        options,
        work,
    )
    .await?;
    eprintln!(
        "bench: {backend}, writing the large dataset (scale {})",
        options.scale.0
    );
    let written = dataset::bulk(&db, options.scale, &hash)
        .await
        .map_err(|e| format!("{e:?}"))?;
    eprintln!("bench: wrote {written:?}");
    db::scratch::analyze(&db).await.map_err(|e| e.to_string())?;
    db.close().await;
    let mut large = measure(
        &format!("{backend} large"),
        url,
        org,
        &accounts,
        options,
        work,
    )
    .await?;
    large.note(format!(
        "{} organisations, {} users, {} memberships, {} products, {} invoices written in {:.0} s",
        written.organisations,
        written.users,
        written.memberships,
        written.products,
        written.invoices,
        written.seconds
    ));
    Ok((small, large))
}

async fn sign_in(server: SocketAddr, email: &str) -> Result<String, String> {
    let reply = once(server, &log_in(email))
        .await
        .map_err(|e| e.to_string())?;
    reply
        .headers
        .get_all(hyper::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("mandant_session="))
        .and_then(|c| c.split(';').next())
        .map(str::to_owned)
        .ok_or_else(|| format!("signing in as {email} failed (HTTP {})", reply.status))
}

fn log_in(email: &str) -> Target {
    let form = format!(
        "email={}&password={}",
        percent_encoding::utf8_percent_encode(email, percent_encoding::NON_ALPHANUMERIC),
        percent_encoding::utf8_percent_encode(
            dataset::PASSWORD,
            percent_encoding::NON_ALPHANUMERIC
        )
    );
    Target::post_form("/api/public/auth/log_in", form)
}

/// Requests whose queries are averaged (a page's count can vary with timing).
const QUERY_SAMPLES: usize = 10;

struct Pages {
    members: Target,
    dashboard: Target,
    static_file: Target,
    read_fn: Target,
}

fn pages(org: domain::OrgId, cookie: &str) -> Pages {
    Pages {
        members: Target::get(format!("/o/{org}/users?per=50")).with_cookie(cookie),
        dashboard: Target::get(format!("/o/{org}/dashboard")).with_cookie(cookie),
        static_file: Target::get("/favicon.svg"),
        read_fn: Target::post_form("/api/account/get_shell", String::new()).with_cookie(cookie),
    }
}

async fn measure(
    label: &str,
    url: &str,
    org: domain::OrgId,
    accounts: &[String],
    options: &Options,
    work: &std::path::Path,
) -> Result<Run, String> {
    let mut run = Run::new(label);
    let phase = Duration::from_secs(options.seconds);

    // Queries per request, counted in a server that logs each one.
    {
        let server = Served::start(
            url,
            &options.site_root,
            "warn,sqlx::query=debug",
            work.join(format!("{}-queries.log", label.replace(' ', "-"))),
        )
        .await?;
        let cookie = sign_in(server.addr, seed::AGENCY_EMAIL).await?;
        let pages = pages(org, &cookie);
        for (key, target) in [
            ("queries-members", &pages.members),
            ("queries-dashboard", &pages.dashboard),
            ("queries-static", &pages.static_file),
            ("queries-read-fn", &pages.read_fn),
        ] {
            // The first request may touch the session; the next ones are the steady state.
            let _ = once(server.addr, target).await;
            let before = server.log_lines_matching("sqlx::query");
            for _ in 0..QUERY_SAMPLES {
                once(server.addr, target).await.map_err(|e| e.to_string())?;
            }
            let after = server.log_lines_matching("sqlx::query");
            run.set(key, (after - before) as f64 / QUERY_SAMPLES as f64);
        }
    }

    let log = work.join(format!("{}-server.log", label.replace(' ', "-")));
    let server = Served::start(url, &options.site_root, "warn", log).await?;
    let addr = server.addr;
    let cookie = sign_in(addr, seed::AGENCY_EMAIL).await?;
    let pages = pages(org, &cookie);
    for (name, target) in [("members", &pages.members), ("dashboard", &pages.dashboard)] {
        let reply = once(addr, target).await.map_err(|e| e.to_string())?;
        if reply.status != 200 {
            return Err(format!("the {name} page answered HTTP {}", reply.status));
        }
    }

    let statics = closed_loop(
        addr,
        Arc::new(vec![pages.static_file.clone()]),
        32,
        phase,
        &[],
    )
    .await;
    run.set("static-rps", statics.per_second());
    run.set("static-p99", statics.p99());
    let single = closed_loop(
        addr,
        Arc::new(vec![pages.static_file.clone()]),
        1,
        Duration::from_secs(3),
        &[],
    )
    .await;
    run.set("static-one-connection-rps", single.per_second());
    run.set("static-one-connection-p50", single.p50());

    for (key, target) in [("members", &pages.members), ("dashboard", &pages.dashboard)] {
        let figures = closed_loop(addr, Arc::new(vec![target.clone()]), 32, phase, &[]).await;
        run.set(&format!("{key}-rps"), figures.per_second());
        run.set(&format!("{key}-p50"), figures.p50());
        run.set(&format!("{key}-p99"), figures.p99());
        run.set(
            &format!("{key}-share"),
            100.0 * figures.per_second() / statics.per_second().max(1.0),
        );
        run.set(&format!("{key}-failed"), figures.failed as f64);
        if let Some(failure) = figures.first_failure {
            run.note(format!("{key}: first failure {failure}"));
        }
    }

    let read = open_loop(addr, Arc::new(pages.read_fn.clone()), 1_000, 16, phase).await;
    run.set("read-fn-rate", read.per_second());
    run.set("read-fn-p50", read.p50());
    run.set("read-fn-p99", read.p99());

    sizes(&mut run, addr, &cookie, org, &options.site_root).await?;
    sign_in_flood(&mut run, addr, accounts, &pages.members, phase).await;
    drop(server);
    argon2_rate(&mut run, phase).await;
    if let Some(v) = run.get("sign-ins-rps").zip(run.get("argon2-rps")) {
        run.set("sign-in-share", 100.0 * v.0 / v.1.max(f64::EPSILON));
    }
    Ok(run)
}

/// Sign-ins with correct passwords from many loopback addresses: alone (the rate), then
/// while four readers load the members page (what the flood does to them).
async fn sign_in_flood(
    run: &mut Run,
    addr: SocketAddr,
    accounts: &[String],
    members: &Target,
    phase: Duration,
) {
    let sources: Vec<Ipv4Addr> = (2..18).map(|n| Ipv4Addr::new(127, 0, 0, n)).collect();
    let logins = Arc::new(accounts.iter().map(|a| log_in(a)).collect::<Vec<_>>());
    let alone = closed_loop(addr, logins.clone(), 16, phase, &sources).await;
    run.set("sign-ins-rps", alone.per_second());
    run.set("sign-ins-failed", alone.failed as f64);
    if let Some(failure) = alone.first_failure {
        run.note(format!("sign-ins: first failure {failure}"));
    }
    let flood = closed_loop(addr, logins, 16, phase, &sources);
    let readers = closed_loop(addr, Arc::new(vec![members.clone()]), 4, phase, &[]);
    let (flood, readers) = tokio::join!(flood, readers);
    run.set("sign-ins-with-readers-rps", flood.per_second());
    run.set("reads-during-flood-rps", readers.per_second());
    run.set("reads-during-flood-p99", readers.p99());
}

/// Argon2id verifications per second with the console's parameters, one per core, in this
/// process while the server is stopped: the ceiling for sign-ins.
async fn argon2_rate(run: &mut Run, phase: Duration) {
    let Ok(hash) = dataset::password_hash().await else {
        return;
    };
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let deadline = Instant::now() + phase;
    let started = Instant::now();
    let mut tasks = vec![];
    for _ in 0..cores {
        let hash = hash.clone();
        tasks.push(tokio::spawn(async move {
            let mut done = 0u64;
            while Instant::now() < deadline {
                let ok = app::api::ssr::password::verify(
                    Some(hash.clone()),
                    dataset::PASSWORD.to_owned(),
                )
                .await;
                done += u64::from(ok);
            }
            done
        }));
    }
    let mut total = 0;
    for task in tasks {
        total += task.await.unwrap_or(0);
    }
    run.set("argon2-rps", total as f64 / started.elapsed().as_secs_f64());
}

/// Bytes of wasm + JS + CSS the login page and the dashboard load first, as served (raw,
/// gzip, brotli), and the other client files (lazily loaded chunks).
async fn sizes(
    run: &mut Run,
    addr: SocketAddr,
    cookie: &str,
    org: domain::OrgId,
    site_root: &str,
) -> Result<(), String> {
    let mut first_page_files = std::collections::BTreeSet::new();
    for (key, target) in [
        ("login", Target::get("/login")),
        (
            "dashboard",
            Target::get(format!("/o/{org}/dashboard")).with_cookie(cookie),
        ),
    ] {
        let html_target = Target {
            accept_encoding: None,
            ..target
        };
        let html = once(addr, &html_target).await.map_err(|e| e.to_string())?;
        let files = client_files(&String::from_utf8_lossy(&html.body));
        let mut totals = [0usize; 3];
        for file in &files {
            for (n, size) in served_sizes(addr, file).await?.iter().enumerate() {
                totals[n] += size;
            }
            first_page_files.insert(file.rsplit('/').next().unwrap_or_default().to_owned());
        }
        run.set(&format!("first-page-{key}-raw"), totals[0] as f64 / 1000.0);
        run.set(&format!("first-page-{key}-gzip"), totals[1] as f64 / 1000.0);
        run.set(&format!("first-page-{key}-br"), totals[2] as f64 / 1000.0);
    }
    // wasm-bindgen's snippets are imported by the main script: they load with every page.
    let pkg = std::path::Path::new(site_root).join("pkg");
    let mut snippets = [0usize; 3];
    let mut chunks = vec![];
    for file in crate::assets::files_below(&pkg) {
        let Ok(relative) = file.strip_prefix(&pkg) else {
            continue;
        };
        let name = relative.to_string_lossy().to_string();
        if [".br", ".gz", ".d.ts"]
            .iter()
            .any(|ext| name.ends_with(ext))
            || first_page_files.contains(&name)
        {
            continue;
        }
        let sizes = served_sizes(addr, &format!("/pkg/{name}")).await?;
        if name.starts_with("snippets/") {
            for (n, size) in sizes.iter().enumerate() {
                snippets[n] += size;
            }
        } else {
            chunks.push(format!("{name} {:.1} kB br", sizes[2] as f64 / 1000.0));
        }
    }
    for key in ["login", "dashboard"] {
        for (n, encoding) in ["raw", "gzip", "br"].iter().enumerate() {
            let key = format!("first-page-{key}-{encoding}");
            let total = run.get(&key).unwrap_or(0.0) + snippets[n] as f64 / 1000.0;
            run.set(&key, total);
        }
    }
    chunks.sort();
    run.note(if chunks.is_empty() {
        "no lazily loaded chunks".to_owned()
    } else {
        format!("other client files: {}", chunks.join(", "))
    });
    Ok(())
}

/// The page's script, wasm, stylesheet and language-file addresses, each once (a file
/// linked twice is fetched once).
fn client_files(html: &str) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| {
            [".js", ".wasm", ".css", ".ftl"]
                .iter()
                .any(|ext| href.ends_with(ext))
        })
        .filter(|href| seen.insert(*href))
        .map(str::to_owned)
        .collect()
}

/// Bytes on the wire without compression, with gzip and with brotli.
async fn served_sizes(addr: SocketAddr, path: &str) -> Result<[usize; 3], String> {
    let mut sizes = [0; 3];
    let mut connection = Connection::open(addr, None)
        .await
        .map_err(|e| e.to_string())?;
    for (n, encoding) in [None, Some("gzip"), Some("br")].into_iter().enumerate() {
        let target = Target {
            accept_encoding: encoding,
            ..Target::get(path)
        };
        let reply = connection.send(&target).await.map_err(|e| e.to_string())?;
        if reply.status != 200 {
            return Err(format!("{path} answered HTTP {}", reply.status));
        }
        sizes[n] = reply.body.len();
    }
    Ok(sizes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_files_of_a_page_are_found() {
        let html = r#"<link rel="modulepreload" href="/assets/ab/pkg/mandant.js"><link rel="preload" href="/assets/ab/pkg/mandant.wasm" as="fetch"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/assets/ab/pkg/mandant.css"><link rel="preload" href="/assets/ab/locales/de.ftl" as="fetch"><link rel="preload" href="/assets/ab/pkg/mandant.wasm" as="fetch">"#;
        assert_eq!(
            client_files(html),
            [
                "/assets/ab/pkg/mandant.js",
                "/assets/ab/pkg/mandant.wasm",
                "/assets/ab/pkg/mandant.css",
                "/assets/ab/locales/de.ftl"
            ]
        );
    }

    #[test]
    fn bad_options_are_refused() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(options(&args(&["--scale", "0"])).is_err());
        assert!(options(&args(&["--db", "mysql"])).is_err());
        assert!(options(&args(&["--seconds"])).is_err());
        let ok = options(&args(&["--scale", "0.01", "--db", "sqlite"])).unwrap();
        assert_eq!(ok.scale.of(10_000), 100);
        assert_eq!(ok.backends, ["sqlite"]);
    }
}
