//! The operator's commands for free vouchers and promotion codes, and the demo's offers:
//!
//! - `mandant voucher grant <org-id> <kind> [--extension .ch] [--months 12]
//!   [--until YYYY-MM-DD]` grants one organisation a free product for one period, usable
//!   through `--until` (the whole day, UTC; default: 90 days from now);
//! - `mandant voucher list <org-id>` lists its vouchers, used and expired ones included;
//! - `mandant promotion create <CODE> (--percent 10 | --amount 5.00 --currency CHF)
//!   [--kinds domain,web-hosting] [--periods N] [--from YYYY-MM-DD] [--until YYYY-MM-DD]
//!   [--max-uses N] [--max-per-org N]` creates a code (valid from the start of `--from`,
//!   default now, through the whole `--until` day, default no end);
//! - `mandant promotion list` lists every code with its uses.
//!
//! Every argument is checked before anything is written: a refused command prints why,
//! exits non-zero and changes nothing. The rules are `domain::cart::{voucher, promotion}`;
//! the operator is recorded as `operator:$USER`.

use db::catalogue::{current_at, day_text, parse_day, DAY_MS};
use db::{promotions, vouchers, Db, SystemScope};
use domain::cart::promotion::{
    normalise_code, parse_amount, parse_percent, Discount, NewPromotion, Promotion,
    PromotionRefusal, MAX_PERIODS,
};
use domain::cart::voucher::{NewVoucher, Voucher, DEFAULT_VALIDITY_MS};
use domain::catalogue::{Period, ProductKind, CODES};
use domain::money::{Currency, Money};
use domain::OrgId;
use std::collections::{BTreeMap, BTreeSet};

pub const VOUCHER_USAGE: &str = "usage: mandant voucher grant <org-id> <kind> [--extension .ch] [--months 12] [--until YYYY-MM-DD]
       mandant voucher list <org-id>

A voucher makes one product of <kind> (of --extension, for domains) free for --months
(default 12), once, for that organisation only. It can be used through the --until day
(UTC; default: 90 days from now).";

pub const PROMOTION_USAGE: &str =
    "usage: mandant promotion create <CODE> (--percent 10 | --amount 5.00 --currency CHF)
           [--kinds domain,web-hosting] [--periods N] [--from YYYY-MM-DD] [--until YYYY-MM-DD]
           [--max-uses N] [--max-per-org N]
       mandant promotion list

Codes are case-insensitive. --percent takes a share off, --amount a fixed amount (tax
excluded) from carts in that currency only. --kinds limits it to those product kinds
(default: all); --periods is how many periods it applies to (default 1: the first only).
Valid from the start of --from (default: now) through the whole --until day (UTC; default:
no end). --max-uses limits the uses in all, --max-per-org per organisation.";

/// The organisation the demo's offers are for (`seed::seed_demo` creates it).
pub const DEMO_ORGANISATION: &str = "Brunner Web Agency";

/// The operator running the command, named by `$USER`.
pub(crate) fn operator() -> Result<SystemScope, String> {
    let user = std::env::var("USER").unwrap_or_else(|_| "unknown".into());
    SystemScope::operator(&user)
        .ok_or_else(|| format!("$USER is not a usable operator name: {user:?}"))
}

/// `mandant voucher …` (`args` start after `voucher`): prints the report.
pub async fn run_voucher(db: &Db, args: &[String]) -> Result<(), String> {
    if matches!(
        args.first().map(String::as_str),
        Some("-h" | "--help" | "help")
    ) {
        println!("{VOUCHER_USAGE}");
        return Ok(());
    }
    print!("{}", voucher(db, &operator()?, args).await?);
    Ok(())
}

/// `mandant promotion …` (`args` start after `promotion`): prints the report.
pub async fn run_promotion(db: &Db, args: &[String]) -> Result<(), String> {
    if matches!(
        args.first().map(String::as_str),
        Some("-h" | "--help" | "help")
    ) {
        println!("{PROMOTION_USAGE}");
        return Ok(());
    }
    print!("{}", promotion(db, &operator()?, args).await?);
    Ok(())
}

/// Positional arguments and the values of known options (`--name value` or
/// `--name=value`), each option at most once.
struct Parsed {
    positional: Vec<String>,
    options: BTreeMap<&'static str, String>,
}

fn parse(args: &[String], known: &[&'static str], usage: &str) -> Result<Parsed, String> {
    let mut parsed = Parsed {
        positional: Vec::new(),
        options: BTreeMap::new(),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if !arg.starts_with("--") {
            parsed.positional.push(arg.clone());
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name, Some(value.to_owned())),
            None => (arg.as_str(), None),
        };
        let Some(option) = known.iter().find(|k| **k == name) else {
            return Err(format!("unknown option {name:?}\n\n{usage}"));
        };
        let value = match inline {
            Some(value) => value,
            None => match rest.next() {
                Some(value) if !value.starts_with("--") => value.clone(),
                _ => return Err(format!("{option} needs a value\n\n{usage}")),
            },
        };
        if parsed.options.insert(option, value).is_some() {
            return Err(format!("{option} is given twice"));
        }
    }
    Ok(parsed)
}

fn positional<const N: usize>(
    parsed: &Parsed,
    what: &str,
    usage: &str,
) -> Result<[String; N], String> {
    <[String; N]>::try_from(parsed.positional.clone()).map_err(|_| format!("{what}\n\n{usage}"))
}

fn whole_number(option: &str, text: &str, max: u32) -> Result<u32, String> {
    text.parse::<u32>()
        .ok()
        .filter(|n| (1..=max).contains(n))
        .ok_or_else(|| format!("{option} is a whole number from 1 to {max}, not {text:?}"))
}

/// 00:00 UTC of a day.
fn day_start(option: &str, text: &str) -> Result<i64, String> {
    parse_day(text).ok_or_else(|| format!("{option} {text:?} is not a date (YYYY-MM-DD)"))
}

/// The end of a day, UTC: 00:00 of the next day, the first instant it no longer applies.
fn day_end(option: &str, text: &str) -> Result<i64, String> {
    Ok(day_start(option, text)? + DAY_MS)
}

fn kind(text: &str) -> Result<ProductKind, String> {
    ProductKind::from_code(text).ok_or_else(|| {
        format!(
            "unknown product kind {text:?} (one of: {})",
            CODES.join(", ")
        )
    })
}

/// `2027-04-01 00:00 UTC`.
fn instant_text(at_ms: i64) -> String {
    let in_day = at_ms.rem_euclid(DAY_MS);
    format!(
        "{} {:02}:{:02} UTC",
        day_text(at_ms),
        in_day / 3_600_000,
        in_day % 3_600_000 / 60_000
    )
}

fn org_id(text: &str) -> Result<OrgId, String> {
    text.parse()
        .map_err(|_| format!("{text:?} is not an organisation id"))
}

async fn org_name(db: &Db, operator: &SystemScope, org: OrgId) -> Result<String, String> {
    vouchers::organisation_name(db, operator, org)
        .await
        .map_err(|e| e.to_string())?
        .ok_or_else(|| format!("there is no organisation {org}"))
}

/// `mandant voucher grant|list …`; returns the report to print. Nothing is changed when
/// it fails.
pub async fn voucher(db: &Db, operator: &SystemScope, args: &[String]) -> Result<String, String> {
    let usage = VOUCHER_USAGE;
    match args.first().map(String::as_str) {
        Some("grant") => {
            let parsed = parse(&args[1..], &["--extension", "--months", "--until"], usage)?;
            let [org, kind_text] = positional(
                &parsed,
                "grant needs an organisation id and a product kind",
                usage,
            )?;
            let org = org_id(&org)?;
            let kind = kind(&kind_text)?;
            let months = match parsed.options.get("--months") {
                Some(text) => whole_number("--months", text, Period::MAX_MONTHS)?,
                None => 12,
            };
            let period = Period::from_months(months)
                .ok_or_else(|| format!("--months is 1 to {}", Period::MAX_MONTHS))?;
            let now = db.now_ms();
            let expires_at = match parsed.options.get("--until") {
                Some(text) => day_end("--until", text)?,
                None => now + DEFAULT_VALIDITY_MS,
            };
            let name = org_name(db, operator, org).await?;
            let catalogue = current_at(db, now)
                .await
                .map_err(|e| e.to_string())?
                .ok_or("no catalogue is in force; import one with `mandant catalogue import`")?;
            let new = NewVoucher {
                kind,
                extension: parsed.options.get("--extension").cloned(),
                period,
                expires_at,
            }
            .check(&catalogue, now)
            .map_err(|p| format!("cannot grant this voucher: {p}. Nothing was changed."))?;
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let granted = vouchers::grant(&mut tx, operator, org, &new)
                .await
                .map_err(|e| format!("cannot grant this voucher: {e}. Nothing was changed."))?;
            tx.commit().await.map_err(|e| e.to_string())?;
            Ok(format!(
                "Voucher {} granted to {name} ({org}): {} free, once; usable until {}.\n",
                granted.id,
                granted.describe(),
                instant_text(granted.expires_at)
            ))
        }
        Some("list") => {
            let parsed = parse(&args[1..], &[], usage)?;
            let [org] = positional(&parsed, "list needs an organisation id", usage)?;
            let org = org_id(&org)?;
            let name = org_name(db, operator, org).await?;
            let list = vouchers::list(db, operator, org)
                .await
                .map_err(|e| e.to_string())?;
            let mut out = format!("Vouchers of {name} ({org}):\n");
            if list.is_empty() {
                out.push_str("none.\n");
                return Ok(out);
            }
            let now = db.now_ms();
            let rows = list.iter().map(|v| voucher_row(v, now)).collect();
            out.push_str(&table(
                &["ID", "PRODUCT", "STATE", "EXPIRES", "GRANTED", "BY"],
                rows,
            ));
            Ok(out)
        }
        Some(other) => Err(format!("unknown voucher command {other:?}\n\n{usage}")),
        None => Err(usage.to_owned()),
    }
}

fn voucher_row(v: &Voucher, now: i64) -> Vec<String> {
    let state = match (&v.used_at, &v.used_order) {
        (Some(at), order) => format!(
            "used {} (order {})",
            day_text(*at),
            order.as_deref().unwrap_or("?")
        ),
        (None, _) if v.expires_at <= now => "expired".to_owned(),
        (None, _) => "available".to_owned(),
    };
    vec![
        v.id.to_string(),
        v.describe(),
        state,
        instant_text(v.expires_at),
        day_text(v.granted_at),
        v.granted_by.clone(),
    ]
}

/// `mandant promotion create|list …`; returns the report to print. Nothing is changed
/// when it fails.
pub async fn promotion(db: &Db, operator: &SystemScope, args: &[String]) -> Result<String, String> {
    let usage = PROMOTION_USAGE;
    match args.first().map(String::as_str) {
        Some("create") => {
            let known = [
                "--percent",
                "--amount",
                "--currency",
                "--kinds",
                "--periods",
                "--from",
                "--until",
                "--max-uses",
                "--max-per-org",
            ];
            let parsed = parse(&args[1..], &known, usage)?;
            let [code] = positional(&parsed, "create needs exactly one code", usage)?;
            let new = new_promotion(db.now_ms(), &code, &parsed.options)?;
            let mut tx = db.begin().await.map_err(|e| e.to_string())?;
            let created = promotions::create(&mut tx, operator, &new)
                .await
                .map_err(|e| e.to_string())?
                .ok_or_else(|| {
                    format!("the code {} exists already. Nothing was changed.", new.code)
                })?;
            tx.commit().await.map_err(|e| e.to_string())?;
            Ok(format!(
                "Promotion code {} created: {}.\n",
                created.code,
                describe(&created)
            ))
        }
        Some("list") => {
            let parsed = parse(&args[1..], &[], usage)?;
            positional::<0>(&parsed, "list takes no arguments", usage)?;
            let list = promotions::list(db, operator)
                .await
                .map_err(|e| e.to_string())?;
            if list.is_empty() {
                return Ok("No promotion codes.\n".to_owned());
            }
            let now = db.now_ms();
            let rows = list
                .iter()
                .map(|p| {
                    vec![
                        p.code.clone(),
                        p.discount.to_string(),
                        kinds_text(p),
                        p.periods.to_string(),
                        day_text(p.valid_from),
                        p.valid_until.map(last_day).unwrap_or_else(|| "-".into()),
                        match p.max_uses {
                            Some(max) => format!("{}/{max}", p.used_count),
                            None => p.used_count.to_string(),
                        },
                        p.max_per_org
                            .map(|m| m.to_string())
                            .unwrap_or_else(|| "-".into()),
                        promotion_state(p, now).to_owned(),
                    ]
                })
                .collect();
            Ok(table(
                &[
                    "CODE", "DISCOUNT", "KINDS", "PERIODS", "FROM", "UNTIL", "USES", "PER ORG",
                    "STATE",
                ],
                rows,
            ))
        }
        Some(other) => Err(format!("unknown promotion command {other:?}\n\n{usage}")),
        None => Err(usage.to_owned()),
    }
}

/// The promotion the options describe, checked (`domain::cart::promotion`).
fn new_promotion(
    now: i64,
    code: &str,
    options: &BTreeMap<&'static str, String>,
) -> Result<NewPromotion, String> {
    let code = normalise_code(code).ok_or_else(|| {
        format!(
            "{code:?} is not a code: {}",
            domain::cart::promotion::PromotionProblem::CodeMalformed
        )
    })?;
    let currency = match options.get("--currency") {
        Some(text) => Some(
            Currency::from_code(&text.trim().to_ascii_uppercase())
                .ok_or_else(|| format!("--currency is CHF or EUR, not {text:?}"))?,
        ),
        None => None,
    };
    let discount = match (options.get("--percent"), options.get("--amount"), currency) {
        (Some(_), Some(_), _) => return Err("give either --percent or --amount, not both".into()),
        (Some(_), None, Some(_)) => {
            return Err(
                "--currency goes with --amount; a percentage applies in any currency".into(),
            )
        }
        (Some(text), None, None) => Discount::Percent {
            basis_points: parse_percent(text).ok_or_else(|| {
                format!(
                    "--percent is above 0 and at most 100, with at most two decimals, not {text:?}"
                )
            })?,
        },
        (None, Some(_), None) => return Err("--amount needs --currency (CHF or EUR)".into()),
        (None, Some(text), Some(currency)) => {
            Discount::Amount(parse_amount(text, currency).ok_or_else(|| {
                format!("--amount is a positive amount such as 5.00, not {text:?}")
            })?)
        }
        (None, None, _) => return Err("give --percent or --amount (with --currency)".into()),
    };
    let kinds = match options.get("--kinds") {
        Some(text) => Some(
            text.split(',')
                .map(|k| kind(k.trim()))
                .collect::<Result<BTreeSet<_>, _>>()?,
        ),
        None => None,
    };
    let number = |option: &str, max: u32| match options.get(option) {
        Some(text) => whole_number(option, text, max).map(Some),
        None => Ok(None),
    };
    let promotion = NewPromotion {
        code,
        discount,
        periods: number("--periods", MAX_PERIODS)?.unwrap_or(1),
        kinds,
        valid_from: match options.get("--from") {
            Some(text) => day_start("--from", text)?,
            None => now,
        },
        valid_until: options
            .get("--until")
            .map(|text| day_end("--until", text))
            .transpose()?,
        max_uses: number("--max-uses", u32::MAX)?,
        max_per_org: number("--max-per-org", u32::MAX)?,
    };
    promotion
        .check(now)
        .map_err(|p| format!("cannot create this code: {p}. Nothing was changed."))
}

fn kinds_text(p: &Promotion) -> String {
    match &p.kinds {
        None => "all".to_owned(),
        Some(kinds) => kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(","),
    }
}

/// The last day a validity ending at `until` (exclusive) covers.
fn last_day(until: i64) -> String {
    day_text(until - 1)
}

fn promotion_state(p: &Promotion, now: i64) -> &'static str {
    match p.check(0, now) {
        Ok(()) => "active",
        Err(PromotionRefusal::NotYetValid) => "not yet valid",
        Err(PromotionRefusal::Expired) => "expired",
        Err(PromotionRefusal::UsedUp) => "used up",
        Err(_) => "-",
    }
}

/// `10 % on domain,web-hosting, first period only; from 2026-03-01 through 2027-02-28
/// (UTC); at most 1000 uses, 1 per organisation`.
fn describe(p: &Promotion) -> String {
    let periods = match p.periods {
        1 => "first period only".to_owned(),
        n => format!("first {n} periods"),
    };
    let until = p
        .valid_until
        .map(|u| format!(" through {}", last_day(u)))
        .unwrap_or_default();
    let uses = match (p.max_uses, p.max_per_org) {
        (None, None) => "no use limit".to_owned(),
        (Some(total), None) => format!("at most {total} uses"),
        (None, Some(per_org)) => format!("at most {per_org} per organisation"),
        (Some(total), Some(per_org)) => format!("at most {total} uses, {per_org} per organisation"),
    };
    format!(
        "{} on {}, {periods}; from {}{until} (UTC); {uses}",
        p.discount,
        kinds_text(p),
        instant_text(p.valid_from)
    )
}

/// Left-aligned columns, two spaces apart.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push_str("  ");
            }
            out.push_str(cell);
            out.push_str(&" ".repeat(widths[i].saturating_sub(cell.chars().count())));
        }
        out.trim_end().to_owned() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in &rows {
        out.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    out
}

/// The demo's offers: the demo organisation ([`DEMO_ORGANISATION`]) gets a voucher for a
/// free year of a .ch domain, and the codes `WELCOME10` (10 % on domains and web hosting,
/// first period, valid one year, at most 1 000 uses, once per organisation) and `SPRING5`
/// (CHF 5.00 off, CHF carts only) are created. Does nothing without the demo organisation,
/// and nothing that already exists: a second run changes nothing.
pub async fn seed_demo_offers(db: &Db) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("demo offers failed: {e}");
    let scope = SystemScope::operator("seed-demo").ok_or("demo operator name")?;
    let Some(org) = vouchers::organisation_named(db, &scope, DEMO_ORGANISATION)
        .await
        .map_err(|e| fail(&e))?
    else {
        return Ok(());
    };
    let now = db.now_ms();
    let has_voucher = vouchers::list(db, &scope, org)
        .await
        .map_err(|e| fail(&e))?
        .iter()
        .any(|v| v.granted_by == scope.actor());
    let voucher = match current_at(db, now).await.map_err(|e| fail(&e))? {
        Some(catalogue) if !has_voucher => Some(
            NewVoucher {
                kind: ProductKind::Domain,
                extension: Some(".ch".into()),
                period: Period::YEAR,
                expires_at: now + DEFAULT_VALIDITY_MS,
            }
            .check(&catalogue, now)
            .map_err(|e| fail(&e))?,
        ),
        _ => None,
    };
    let codes = [
        NewPromotion {
            code: "WELCOME10".into(),
            discount: Discount::Percent {
                basis_points: 1_000,
            },
            periods: 1,
            kinds: Some(BTreeSet::from([
                ProductKind::Domain,
                ProductKind::WebHosting,
            ])),
            valid_from: now,
            valid_until: Some(now + 365 * DAY_MS),
            max_uses: Some(1_000),
            max_per_org: Some(1),
        },
        NewPromotion {
            code: "SPRING5".into(),
            discount: Discount::Amount(Money::new(500, Currency::Chf)),
            periods: 1,
            kinds: None,
            valid_from: now,
            valid_until: None,
            max_uses: None,
            max_per_org: None,
        },
    ];
    let mut missing = Vec::new();
    for code in codes {
        if promotions::find(db, &code.code)
            .await
            .map_err(|e| fail(&e))?
            .is_none()
        {
            missing.push(code.check(now).map_err(|e| fail(&e))?);
        }
    }
    if voucher.is_none() && missing.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await.map_err(|e| fail(&e))?;
    if let Some(voucher) = &voucher {
        vouchers::grant(&mut tx, &scope, org, voucher)
            .await
            .map_err(|e| fail(&e))?;
    }
    for code in &missing {
        // `None`: created meanwhile by another instance, which is just as good.
        promotions::create(&mut tx, &scope, code)
            .await
            .map_err(|e| fail(&e))?;
    }
    tx.commit().await.map_err(|e| fail(&e))?;
    tracing::info!(
        voucher = voucher.is_some(),
        codes = missing.len(),
        "demo offers loaded for {DEMO_ORGANISATION}"
    );
    Ok(())
}
