//! The operator's catalogue commands and the default catalogue:
//!
//! - `mandant catalogue import <file.toml> [--from YYYY-MM-DD]` validates a catalogue and
//!   stores it as a new version in force from that day (00:00 UTC; default: today by the
//!   database clock), printing what changed — or every error, changing nothing;
//! - `mandant catalogue show [--at YYYY-MM-DD]` prints the version in force that day;
//! - [`ensure_default`] imports `catalogue/default.toml` (embedded) from the epoch when the
//!   database has no catalogue yet (`mandant serve`, `mandant seed-demo`).

use db::catalogue::{self as store, ImportError, ImportOutcome, Version};
use db::Db;
use domain::catalogue::{decimal_text, Catalogue, Period, ProductKind, ValidCatalogue};
use domain::money::Currency;
use std::collections::BTreeMap;
use std::path::Path;

/// The default catalogue, as shipped in `catalogue/default.toml`.
pub const DEFAULT_TOML: &str = include_str!("../../catalogue/default.toml");

pub const USAGE: &str = "usage: mandant catalogue import <file.toml> [--from YYYY-MM-DD]
       mandant catalogue show [--at YYYY-MM-DD]

Dates are days in UTC. An import takes effect at 00:00 UTC of --from (default: today);
it cannot start before the newest version. Importing a catalogue equal to the newest
version changes nothing.";

/// `mandant catalogue …` (`args` start after `catalogue`).
pub async fn run(db: &Db, args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("import") => {
            let (file, from) = file_and_option(&args[1..], "--from")?;
            let file = file.ok_or_else(|| format!("import needs a file\n\n{USAGE}"))?;
            let report = import_file(db, Path::new(&file), from.as_deref()).await?;
            println!("{report}");
            Ok(())
        }
        Some("show") => {
            let (extra, at) = file_and_option(&args[1..], "--at")?;
            if let Some(extra) = extra {
                return Err(format!("unexpected argument {extra:?}\n\n{USAGE}"));
            }
            print!("{}", show(db, at.as_deref()).await?);
            Ok(())
        }
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown catalogue command {other:?}\n\n{USAGE}")),
        None => Err(USAGE.to_owned()),
    }
}

/// One positional argument and the value of `option` (`--from D` or `--from=D`).
fn file_and_option(
    args: &[String],
    option: &str,
) -> Result<(Option<String>, Option<String>), String> {
    let mut positional = None;
    let mut value = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if arg == option {
            let v = rest
                .next()
                .ok_or_else(|| format!("{option} needs a date (YYYY-MM-DD)"))?;
            value = Some(v.clone());
        } else if let Some(v) = arg.strip_prefix(&format!("{option}=")) {
            value = Some(v.to_owned());
        } else if arg.starts_with("--") || positional.is_some() {
            return Err(format!("unexpected argument {arg:?}\n\n{USAGE}"));
        } else {
            positional = Some(arg.clone());
        }
    }
    Ok((positional, value))
}

fn day(text: &str) -> Result<i64, String> {
    store::parse_day(text).ok_or_else(|| format!("{text:?} is not a date (YYYY-MM-DD)"))
}

/// Reads a catalogue document: TOML syntax first, then every validation rule. The error
/// lists each problem on its own line.
pub fn read(text: &str) -> Result<ValidCatalogue, String> {
    let document: Catalogue = toml::from_str(text).map_err(|e| e.to_string())?;
    document.validate().map_err(|errors| {
        let count = match errors.len() {
            1 => "1 error".to_owned(),
            n => format!("{n} errors"),
        };
        let lines: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        format!("not a valid catalogue ({count}):\n{}", lines.join("\n"))
    })
}

/// `mandant catalogue import`: reads `path`, imports it from `from` (a day in UTC;
/// default today by the database clock) and returns the report to print. On any error
/// nothing is changed and the error says why.
pub async fn import_file(db: &Db, path: &Path, from: Option<&str>) -> Result<String, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let from_ms = match from {
        Some(text) => day(text)?,
        None => store::start_of_day(db.now_ms()),
    };
    let catalogue =
        read(&text).map_err(|e| format!("{}: {e}\nNothing was changed.", path.display()))?;
    import(db, &catalogue, from_ms).await
}

/// Imports a valid catalogue in its own transaction and describes the outcome.
pub async fn import(db: &Db, catalogue: &ValidCatalogue, from_ms: i64) -> Result<String, String> {
    let previous = store::newest(db).await.map_err(|e| e.to_string())?;
    let mut tx = db.begin().await.map_err(|e| e.to_string())?;
    let outcome = store::import(&mut tx, catalogue, from_ms)
        .await
        .map_err(|e| format!("{e}\nNothing was changed."))?;
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(match outcome {
        ImportOutcome::Unchanged(same) => format!(
            "Unchanged: the catalogue equals version {} (in force from {}); nothing was written.",
            same.id,
            store::day_text(same.effective_from)
        ),
        ImportOutcome::Created(version) => {
            let mut out = format!(
                "Version {} created, in force from {} (00:00 UTC).",
                version.id,
                store::day_text(version.effective_from)
            );
            match &previous {
                None => out.push_str(&format!(
                    "\nFirst catalogue: {} kinds, {} extensions, {} prices.",
                    catalogue.kinds().count(),
                    catalogue.extensions().count(),
                    catalogue.price_rows().len()
                )),
                Some((old_version, old)) => {
                    out.push_str(&format!("\nChanges from version {}:", old_version.id));
                    for line in changes(old, catalogue) {
                        out.push_str("\n  ");
                        out.push_str(&line);
                    }
                }
            }
            out
        }
    })
}

/// Imports the embedded default catalogue from the epoch when the database has none yet.
/// Returns the version created, if any. Safe when several instances start together: the
/// one that loses the race finds the catalogue there.
pub async fn ensure_default(db: &Db) -> Result<Option<Version>, String> {
    let catalogue = read(DEFAULT_TOML).map_err(|e| format!("catalogue/default.toml: {e}"))?;
    let attempt = async {
        let mut tx = db.begin().await?;
        if store::exists(&mut tx).await? {
            return Ok(None);
        }
        let outcome = store::import(&mut tx, &catalogue, 0).await?;
        tx.commit().await?;
        Ok::<_, ImportError>(match outcome {
            ImportOutcome::Created(version) => Some(version),
            ImportOutcome::Unchanged(_) => None,
        })
    };
    match attempt.await {
        Ok(Some(version)) => {
            tracing::info!(version = version.id, "imported the default catalogue");
            Ok(Some(version))
        }
        Ok(None) => Ok(None),
        Err(err) => match store::newest(db).await {
            Ok(Some(_)) => Ok(None),
            _ => Err(format!("cannot import the default catalogue: {err}")),
        },
    }
}

/// `mandant catalogue show`: the version in force at the start of `at` (a day in UTC;
/// default: now) as a table, and the next version when one is scheduled.
pub async fn show(db: &Db, at: Option<&str>) -> Result<String, String> {
    let at_ms = match at {
        Some(text) => day(text)?,
        None => db.now_ms(),
    };
    let Some((version, catalogue)) = store::version_at(db, at_ms)
        .await
        .map_err(|e| e.to_string())?
    else {
        return Ok(format!(
            "No catalogue is in force on {}; import one with `mandant catalogue import`.\n",
            store::day_text(at_ms)
        ));
    };
    let mut out = format!(
        "Catalogue version {} in force from {} (imported {}, sha256 {}…)\n\n",
        version.id,
        store::day_text(version.effective_from),
        store::day_text(version.imported_at),
        &version.sha256[..12.min(version.sha256.len())]
    );
    out.push_str(&table(&catalogue));
    let later: Vec<Version> = store::versions(db)
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .filter(|v| v.effective_from > at_ms)
        .collect();
    for v in later {
        out.push_str(&format!(
            "\nVersion {} takes effect on {}.",
            v.id,
            store::day_text(v.effective_from)
        ));
    }
    out.push('\n');
    Ok(out)
}

/// The catalogue as a table: one row per kind and period, and per domain extension.
pub fn table(catalogue: &ValidCatalogue) -> String {
    let header = [
        "KIND",
        "EXTENSION",
        "PERIOD",
        "CHF",
        "EUR",
        "YEARS",
        "REDEMPTION",
        "RESTORE CHF",
        "RESTORE EUR",
        "CONTENTS",
    ];
    let mut rows: Vec<[String; 10]> = Vec::new();
    let price = |prices: &domain::catalogue::Prices, c: Currency| {
        prices.get(c).map(|m| decimal_text(&m)).unwrap_or_default()
    };
    for (kind, terms) in catalogue.kinds() {
        let contents = if terms.contents { "yes" } else { "" }.to_owned();
        if kind.priced_per_extension() {
            for ext in catalogue.extensions() {
                let restore = |c| {
                    ext.restore_fee
                        .as_ref()
                        .map(|p| price(p, c))
                        .unwrap_or_default()
                };
                rows.push([
                    kind.code().to_owned(),
                    ext.name.clone(),
                    Period::YEAR.to_string(),
                    price(&ext.yearly, Currency::Chf),
                    price(&ext.yearly, Currency::Eur),
                    years(ext.min_years, ext.max_years),
                    format!("{} days", ext.redemption_days),
                    restore(Currency::Chf),
                    restore(Currency::Eur),
                    contents.clone(),
                ]);
            }
            continue;
        }
        for (period, prices) in &terms.periods {
            let years_text = match (period.whole_years(), terms.max_years) {
                (Some(1), Some(max)) => years(1, max),
                _ => String::new(),
            };
            rows.push([
                kind.code().to_owned(),
                String::new(),
                period.to_string(),
                price(prices, Currency::Chf),
                price(prices, Currency::Eur),
                years_text,
                String::new(),
                String::new(),
                String::new(),
                contents.clone(),
            ]);
        }
    }
    let mut widths = header.map(str::len);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    // Amounts are right-aligned.
    let right = [
        false, false, false, true, true, false, true, true, true, false,
    ];
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                out.push_str("  ");
            }
            if right[i] {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            }
        }
        out.trim_end().to_owned() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

fn years(min: u32, max: u32) -> String {
    if min == max {
        min.to_string()
    } else {
        format!("{min}–{max}")
    }
}

/// Each entry of a catalogue (a kind's terms, a kind's period, an extension) as a label
/// and a one-line description, by a key that sorts kinds in `ProductKind::ALL` order and
/// periods by length.
fn entries(catalogue: &ValidCatalogue) -> BTreeMap<String, (String, String)> {
    let both = |p: &domain::catalogue::Prices| {
        Currency::ALL
            .iter()
            .filter_map(|c| p.get(*c).map(|m| format!("{c} {}", decimal_text(&m))))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let index = |kind: ProductKind| {
        ProductKind::ALL
            .iter()
            .position(|k| *k == kind)
            .unwrap_or(0)
    };
    let mut out = BTreeMap::new();
    for (kind, terms) in catalogue.kinds() {
        let mut about = vec![if terms.contents {
            "holds contents".to_owned()
        } else {
            "no contents".to_owned()
        }];
        if let Some(max) = terms.max_years {
            about.push(format!("up to {max} years"));
        }
        out.insert(
            format!("{:02}", index(kind)),
            (kind.code().to_owned(), about.join(", ")),
        );
        for (period, prices) in &terms.periods {
            out.insert(
                format!("{:02} {:03}", index(kind), period.months()),
                (format!("{kind} {period}"), both(prices)),
            );
        }
    }
    for ext in catalogue.extensions() {
        let mut about = vec![
            format!("{} a year", both(&ext.yearly)),
            format!("{} years", years(ext.min_years, ext.max_years)),
            format!("redemption {} days", ext.redemption_days),
        ];
        if let Some(fee) = &ext.restore_fee {
            about.push(format!("restore {}", both(fee)));
        }
        out.insert(
            format!("{:02} {}", index(ProductKind::Domain), ext.name),
            (format!("domain {}", ext.name), about.join(", ")),
        );
    }
    out
}

/// What changed from `old` to `new`, one line each (`+` added, `-` removed, `~` changed).
pub fn changes(old: &ValidCatalogue, new: &ValidCatalogue) -> Vec<String> {
    let (old, new) = (entries(old), entries(new));
    let mut lines: BTreeMap<&String, String> = BTreeMap::new();
    for (key, (label, before)) in &old {
        match new.get(key) {
            None => {
                lines.insert(key, format!("- {label}: {before}"));
            }
            Some((_, after)) if after != before => {
                lines.insert(key, format!("~ {label}: {before} → {after}"));
            }
            Some(_) => {}
        }
    }
    for (key, (label, after)) in &new {
        if !old.contains_key(key) {
            lines.insert(key, format!("+ {label}: {after}"));
        }
    }
    if lines.is_empty() {
        return vec!["(no visible change)".to_owned()];
    }
    lines.into_values().collect()
}
