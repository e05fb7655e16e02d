//! `mandant serve | migrate | seed-demo`

use server::{build_router, seed, serve_on, Config};
use std::process::ExitCode;

const USAGE: &str = "usage: mandant <serve [--demo] | migrate | seed-demo>

  serve       migrate the database, then serve the console
  --demo      (with serve) load the demo data first when the database is empty
  migrate     apply pending database migrations and exit
  seed-demo   migrate, then load the demo data into an empty database

Configuration (environment): DATABASE_URL, MANDANT_LISTEN, MANDANT_PUBLIC_URL,
LEPTOS_SITE_ROOT, RUST_LOG. See README.md.";

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
        "serve" => {
            if demo {
                seed(&db).await?;
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
