//! `mandant serve | migrate | seed-demo | catalogue | …` (see `USAGE`)

use server::{build_router, seed, serve_on, Config};
use std::process::ExitCode;

const USAGE: &str = "usage: mandant <command>

  serve [--demo]                  migrate the database, then serve the console
                                  (--demo: load the demo data first into an empty database)
  migrate                         apply pending database migrations and exit
  seed-demo                       migrate, then load the demo data into an empty database
  outbox                          show the newest queued and sent e-mails and text messages
  jobs                            list the background jobs and their latest runs
  jobs run <name>                 run a job now, as the operator named by $USER
  send-test-mail <address> [lang] queue a test e-mail (lang: fr, en, de, it, es)
  bench [options]                 measure the console's speed (see `mandant bench --help`)
  compress-assets [dir]           write brotli and gzip copies of the built client files
                                  (default: $LEPTOS_SITE_ROOT/pkg); the build runs it
  catalogue import <file.toml> [--from YYYY-MM-DD]
                                  validate a catalogue and store it as a new version in force
                                  from that day, 00:00 UTC (default: today); prints the changes
  catalogue show [--at YYYY-MM-DD]
                                  print the catalogue in force that day (default: now)
  voucher grant <org-id> <kind> [--extension .ch] [--months 12] [--until YYYY-MM-DD]
                                  give an organisation one product free for one period, once
                                  (usable through --until, UTC; default: 90 days)
  voucher list <org-id>           list an organisation's vouchers, used and expired included
  promotion create <CODE> (--percent 10 | --amount 5.00 --currency CHF) [--kinds domain,…]
           [--periods N] [--from YYYY-MM-DD] [--until YYYY-MM-DD] [--max-uses N] [--max-per-org N]
                                  create a promotion code (see `mandant promotion --help`)
  promotion list                  list the promotion codes and their uses
  payments import-camt054 <file>  record the bank transfers of a camt.054 notification: orders
                                  whose pro forma reference and amount match are paid
  invoices credit <number> --reason <text>
                                  annul an issued invoice with a credit note (a paid one is
                                  refunded to the organisation's prepaid balance)

Configuration (environment): DATABASE_URL, MANDANT_LISTEN, MANDANT_PUBLIC_URL,
LEPTOS_SITE_ROOT, MANDANT_SMTP_URL, MANDANT_MAIL_FROM, MANDANT_SMS_GATEWAY_URL,
MANDANT_SMS_GATEWAY_TOKEN, MANDANT_CLOCK_OFFSET, MANDANT_CLOCK_SPEED (with
MANDANT_ALLOW_CLOCK_SHIFT=1), MANDANT_SELLER_COUNTRY, MANDANT_SELLER_NAME, _STREET,
_POSTAL_CODE, _CITY, _VAT_NUMBER, _IBAN, _QR_IBAN, RUST_LOG. See README.md.";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("mandant: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: &[String]) -> Result<(), String> {
    let command = args.first().map(String::as_str).unwrap_or("serve");
    let demo = args.iter().any(|a| a == "--demo");
    if matches!(command, "-h" | "--help" | "help") {
        println!("{USAGE}");
        return Ok(());
    }
    if command == "bench" {
        if args.iter().any(|a| a == "--help" || a == "-h") {
            println!("{}", server::bench::USAGE);
            return Ok(());
        }
        return server::bench::run(&args[1..]).await;
    }
    if command == "compress-assets" {
        return compress_assets(args.get(1));
    }
    let config = Config::from_env()?;
    app::seller::set(config.seller.clone());
    let db = db::Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?
        .with_clock(config.clock.clock());
    if db.clock().is_shifted() {
        tracing::warn!(
            offset_ms = config.clock.offset_ms,
            speed = config.clock.speed,
            "the clock is shifted: every date rule reads it (MANDANT_ALLOW_CLOCK_SHIFT=1)"
        );
    }
    db.migrate()
        .await
        .map_err(|e| format!("migration failed: {e}"))?;
    match command {
        "migrate" => {
            tracing::info!("migrations applied");
            Ok(())
        }
        "seed-demo" => {
            server::catalogue_cli::ensure_default(&db).await?;
            seed(&db).await
        }
        "catalogue" => server::catalogue_cli::run(&db, &args[1..]).await,
        "voucher" => server::offers_cli::run_voucher(&db, &args[1..]).await,
        "promotion" => server::offers_cli::run_promotion(&db, &args[1..]).await,
        "payments" => server::payments_cli::run(&db, &args[1..]).await,
        "invoices" => server::invoices_cli::run(&db, &args[1..]).await,
        "outbox" => show_outbox(&db).await,
        "jobs" => match args.get(1).map(String::as_str) {
            None => show_jobs(&db).await,
            Some("run") => run_job(&db, &config, args.get(2)).await,
            Some(other) => Err(format!("unknown jobs command {other:?}\n\n{USAGE}")),
        },
        "send-test-mail" => send_test_mail(&db, args.get(1), args.get(2)).await,
        "serve" => {
            server::catalogue_cli::ensure_default(&db).await?;
            if demo {
                seed(&db).await?;
            }
            server::jobs::runner(db.clone(), &config)?.spawn(server::jobs::TICK);
            let listener = tokio::net::TcpListener::bind(config.listen)
                .await
                .map_err(|e| format!("cannot listen on {}: {e}", config.listen))?;
            tracing::info!("Mandant is serving {}", config.public_url);
            let router = build_router(db, config, demo);
            serve_on(listener, router).await.map_err(|e| e.to_string())
        }
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

fn compress_assets(dir: Option<&String>) -> Result<(), String> {
    let dir = match dir {
        Some(dir) => std::path::PathBuf::from(dir),
        None => std::path::Path::new(
            &std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into()),
        )
        .join("pkg"),
    };
    let count = server::assets::compress_dir(&dir)
        .map_err(|e| format!("cannot compress {}: {e}", dir.display()))?;
    println!("compressed {count} files in {}", dir.display());
    Ok(())
}

async fn seed(db: &db::Db) -> Result<(), String> {
    let seeded = seed::seed_demo(db).await;
    if seeded.is_ok() {
        server::offers_cli::seed_demo_offers(db).await?;
    }
    match seeded {
        Ok(true) => {
            tracing::info!(
                "demo data loaded; sign in as {} / {}",
                seed::AGENCY_EMAIL,
                seed::DEMO_PASSWORD
            );
            Ok(())
        }
        Ok(false) => {
            tracing::info!("database already has users; demo data not loaded");
            Ok(())
        }
        Err(e) => Err(format!("demo data failed: {e:?}")),
    }
}

async fn show_outbox(db: &db::Db) -> Result<(), String> {
    let mails = db::outbox::recent(db, 50)
        .await
        .map_err(|e| e.to_string())?;
    if mails.is_empty() {
        println!("The outbox is empty.");
    }
    let utc = operator_region();
    for m in mails {
        // Text messages without a gateway are the SMS sandbox's: they never leave.
        let channel = match m.channel.as_str() {
            "sms" => "SMS (sandbox unless MANDANT_SMS_GATEWAY_URL is set)",
            _ => "e-mail",
        };
        println!(
            "── {} UTC · {channel} · {} · attempts {} · {} · to {} ({})\nSubject: {}\n{}{}",
            utc.date_time(m.created_at),
            m.status,
            m.attempts,
            m.kind,
            m.recipient,
            m.lang,
            m.subject,
            m.body_text,
            m.last_error
                .map(|e| format!("last error: {e}\n"))
                .unwrap_or_default()
        );
    }
    Ok(())
}

async fn show_jobs(db: &db::Db) -> Result<(), String> {
    let utc = operator_region();
    let jobs = db::jobs::list(db).await.map_err(|e| e.to_string())?;
    if jobs.is_empty() {
        println!("No job has run yet: `mandant serve` registers them at start.");
    }
    for job in jobs {
        let state = match (job.done_at, &job.claimed_by) {
            (Some(done), _) => format!("done {}", utc.date_time(done)),
            (None, Some(runner)) if job.claimed_until > db.now_ms() => {
                format!("running on {runner}")
            }
            _ => format!("next {}", utc.date_time(job.next_run_at)),
        };
        let every = job
            .period_ms
            .map(|p| format!("every {} s", p / 1000))
            .unwrap_or_else(|| "once".into());
        let failing = match (&job.last_error, job.failures) {
            (Some(error), n) if n > 0 => format!(" · {n} failures, last: {error}"),
            _ => String::new(),
        };
        println!("{:<24} {every:<14} {state}{failing}", job.name);
    }
    println!("\nLatest runs (UTC):");
    for run in db::jobs::recent_runs(db, 20)
        .await
        .map_err(|e| e.to_string())?
    {
        let took = run
            .finished_at
            .map(|f| format!("{} ms", f - run.started_at))
            .unwrap_or_else(|| "…".into());
        println!(
            "{} {:<24} {:<10} {:>6} items {took:>9}  {} on {}{}",
            utc.date_time(run.started_at),
            run.job,
            run.outcome,
            run.items,
            run.actor,
            run.runner,
            run.error.map(|e| format!(" · {e}")).unwrap_or_default()
        );
    }
    Ok(())
}

/// Runs one job now in this process, recorded with the operator as its actor.
async fn run_job(db: &db::Db, config: &Config, name: Option<&String>) -> Result<(), String> {
    let name = name.ok_or("jobs run needs a job name (see `mandant jobs`)")?;
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    let scope = db::SystemScope::operator(&user)
        .ok_or_else(|| format!("$USER is not a usable operator name: {user:?}"))?;
    let runner = server::jobs::runner(db.clone(), config)?;
    runner.register().await.map_err(|e| e.to_string())?;
    let ran = runner
        .run_now(name, &scope)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("no job {name:?} here, or another runner holds it right now"))?;
    match ran.result {
        Ok(items) => println!("{name}: succeeded, {items} items"),
        Err(error) => return Err(format!("{name} failed: {error}")),
    }
    Ok(())
}

/// Operators read times in UTC.
fn operator_region() -> domain::datetime::Region {
    domain::datetime::Region {
        lang: domain::Lang::En,
        country: "GB".into(),
        time_zone: "UTC".into(),
    }
}

async fn send_test_mail(
    db: &db::Db,
    address: Option<&String>,
    lang: Option<&String>,
) -> Result<(), String> {
    let address = address.ok_or("send-test-mail needs an e-mail address")?;
    let address = domain::validation::email(address)
        .map_err(|code| format!("not an e-mail address ({code})"))?;
    let lang = match lang {
        Some(l) => domain::Lang::parse(l).ok_or("language must be one of fr, en, de, it, es")?,
        None => domain::Lang::En,
    };
    let mail = app::mail::test_mail(lang);
    db::outbox::enqueue(
        db,
        db::outbox::NewMail {
            recipient: &address,
            lang: lang.code(),
            kind: mail.kind,
            subject: &mail.subject,
            body_text: &mail.body_text,
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    println!("Queued for {address}; a running server with MANDANT_SMTP_URL delivers it.");
    Ok(())
}
