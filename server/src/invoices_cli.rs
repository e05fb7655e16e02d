//! `mandant invoices credit <number> --reason <text>`: the provider's operator annuls an
//! issued invoice with a credit note (`app::use_cases::credit_notes`). A paid invoice's
//! amount goes back to the organisation's prepaid balance; an unpaid one is cancelled. A
//! refusal (unknown number, already credited, no reason) changes nothing.

use db::Db;

pub const USAGE: &str = "usage: mandant invoices credit <invoice number> --reason <text>

Issues the credit note that annuls the invoice whole, numbered in the invoices' gapless
sequence. A paid invoice becomes refunded and its amount is credited to the organisation's
prepaid account; an unpaid or overdue one becomes cancelled. Each invoice is credited once.";

pub async fn run(db: &Db, args: &[String]) -> Result<(), String> {
    match args {
        [verb, number, flag, reason @ ..] if verb == "credit" && flag == "--reason" => {
            println!("{}", credit(db, number, &reason.join(" ")).await?);
            Ok(())
        }
        _ => Err(USAGE.into()),
    }
}

/// What crediting `number` did, as a line to print; a refusal as the error.
pub async fn credit(db: &Db, number: &str, reason: &str) -> Result<String, String> {
    let operator = crate::offers_cli::operator()?;
    let credited = app::use_cases::credit_notes::credit(db, &operator, number, reason)
        .await
        .map_err(|e| format!("credit note not issued: {e}"))?;
    match credited {
        Ok(c) if c.refunded.minor > 0 => Ok(format!(
            "credit note {} annuls invoice {number}: {} {} credited to the prepaid account",
            c.number,
            c.refunded.currency.code(),
            domain::qr_bill::payload::amount_text(&c.refunded),
        )),
        Ok(c) => Ok(format!(
            "credit note {} annuls invoice {number}: cancelled, nothing was paid",
            c.number
        )),
        Err("invoice-unknown") => Err(format!("no invoice numbered {number:?}; nothing changed")),
        Err("invoice-already-credited") => Err(format!(
            "invoice {number} already has its credit note; nothing changed"
        )),
        Err("reason-required") => Err(format!("a reason is required (at most {} characters)\n\n{USAGE}", app::use_cases::credit_notes::MAX_REASON_CHARS)),
        Err(_) => Err(format!(
            "invoice {number} cannot be credited (a draft, or already cancelled or refunded); nothing changed"
        )),
    }
}
