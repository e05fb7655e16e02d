//! `mandant serve | migrate | seed-demo`

use server::mailer::Mailer;
use server::sms::SmsGateway;
use server::{build_router, seed, serve_on, Config};
use std::process::ExitCode;

const USAGE: &str = "usage: mandant <command>

  serve [--demo]                  migrate the database, then serve the console
                                  (--demo: load the demo data first into an empty database)
  migrate                         apply pending database migrations and exit
  seed-demo                       migrate, then load the demo data into an empty database
  outbox                          show the newest queued and sent e-mails and text messages
  send-test-mail <address> [lang] queue a test e-mail (lang: fr, en, de, it, es)

Configuration (environment): DATABASE_URL, MANDANT_LISTEN, MANDANT_PUBLIC_URL,
LEPTOS_SITE_ROOT, MANDANT_SMTP_URL, MANDANT_MAIL_FROM, MANDANT_SMS_GATEWAY_URL,
MANDANT_SMS_GATEWAY_TOKEN, RUST_LOG. See README.md.";

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
    let config = Config::from_env()?;
    let db = db::Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("cannot open the database: {e}"))?;
    db.migrate()
        .await
        .map_err(|e| format!("migration failed: {e}"))?;
    match command {
        "migrate" => {
            tracing::info!("migrations applied");
            Ok(())
        }
        "seed-demo" => seed(&db).await,
        "outbox" => show_outbox(&db).await,
        "send-test-mail" => send_test_mail(&db, args.get(1), args.get(2)).await,
        "serve" => {
            if demo {
                seed(&db).await?;
            }
            match &config.smtp_url {
                Some(url) => {
                    Mailer::new(url, &config.mail_from)?.spawn(db.clone());
                }
                None => tracing::info!(
                    "MANDANT_SMTP_URL is not set: e-mails wait in the outbox (`mandant outbox`)"
                ),
            }
            match &config.sms_gateway_url {
                Some(url) => {
                    let gateway = SmsGateway::new(url, config.sms_gateway_token.clone())?;
                    server::delivery::spawn(gateway, db.clone());
                }
                None => tracing::info!(
                    "SMS sandbox: MANDANT_SMS_GATEWAY_URL is not set, text messages wait in the outbox (`mandant outbox`)"
                ),
            }
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

async fn seed(db: &db::Db) -> Result<(), String> {
    match seed::seed_demo(db).await {
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
    // Operators read times in UTC.
    let utc = domain::datetime::Region {
        lang: domain::Lang::En,
        country: "GB".into(),
        time_zone: "UTC".into(),
    };
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
