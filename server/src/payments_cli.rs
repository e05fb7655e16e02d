//! `mandant payments import-camt054 <file>`: records the bank transfers of a bank's camt.054
//! notification (`app::use_cases::transfers`) and prints, line by line, what became of each
//! credit. A file that cannot be read as a notification is refused whole and changes
//! nothing; importing a file again changes nothing either.

use app::payments::camt054;
use app::use_cases::transfers::{self, Outcome};
use db::{Db, SystemScope};

pub const USAGE: &str = "usage: mandant payments import-camt054 <file>

Reads the bank's credit notification (camt.054, Swiss Payment Standards) and records each
booked transfer whose reference names an order (the reference of the order's pro forma):
the order is paid and invoiced when the amount is the order's to the cent. A transfer with
an organisation's deposit slip reference is credited to its prepaid account. Amounts that
differ and references that name nothing are listed for a person to look at.";

pub async fn run(db: &Db, args: &[String]) -> Result<(), String> {
    match (args.first().map(String::as_str), args.get(1)) {
        (Some("import-camt054"), Some(file)) => {
            let text =
                std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
            print!("{}", import(db, &text).await?);
            Ok(())
        }
        _ => Err(USAGE.into()),
    }
}

/// The report of importing `xml`.
pub async fn import(db: &Db, xml: &str) -> Result<String, String> {
    let credits = camt054::parse(xml).map_err(|e| format!("refused, nothing imported: {e}"))?;
    let scope = SystemScope::payment_processor(db::payments::TRANSFER_PROCESSOR);
    let outcomes = transfers::record(db, &scope, &credits)
        .await
        .map_err(|e| format!("import stopped: {e}"))?;
    let mut report = String::new();
    let (mut paid, mut review) = (0, 0);
    for (credit, outcome) in credits.iter().zip(&outcomes) {
        let amount = format!(
            "{} {}",
            credit.amount.currency.code(),
            domain::qr_bill::payload::amount_text(&credit.amount)
        );
        let what = match outcome {
            Outcome::Paid { order } => {
                paid += 1;
                format!("paid order {order}")
            }
            Outcome::Credited { order } => {
                paid += 1;
                format!(
                    "order {order} was already settled or expired: credited to its prepaid account"
                )
            }
            Outcome::AlreadyRecorded => "already recorded".to_owned(),
            Outcome::AmountMismatch { order, expected } => {
                review += 1;
                format!(
                    "AMOUNT MISMATCH for order {order}: expected {} {}, nothing recorded",
                    expected.currency.code(),
                    domain::qr_bill::payload::amount_text(expected)
                )
            }
            Outcome::Unmatched => {
                review += 1;
                let reference = credit.reference.as_deref().unwrap_or("none");
                format!("NO ORDER for reference {reference}, nothing recorded")
            }
            Outcome::Deposited { number } => {
                paid += 1;
                format!("deposit {number}: credited to its prepaid account")
            }
            Outcome::DepositRefused { number } => {
                review += 1;
                format!(
                    "DEPOSIT {number} REFUSED: outside 0.10 to 9 999.00 or not in the \
                     organisation's currency, nothing recorded"
                )
            }
        };
        report.push_str(&format!(
            "{}  {}  {amount}  {what}\n",
            credit.booked_on, credit.bank_reference
        ));
    }
    report.push_str(&format!(
        "{} credits: {paid} recorded, {review} to review\n",
        credits.len()
    ));
    Ok(report)
}
