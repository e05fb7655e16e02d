//! Reading a bank's camt.054 notification (ISO 20022 *BankToCustomerDebitCreditNotification*,
//! as Swiss banks send it under the Swiss Payment Standards, versions .001.04 to .001.08):
//! each booked credit with its amount, its payment reference (the QR or creditor
//! reference the payer's QR-bill carried) and the bank's own reference, which makes
//! importing the same file twice harmless.

use domain::money::{Currency, Money};

/// One booked credit transfer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// The bank's reference of the transaction: unique, the key of its recording.
    pub bank_reference: String,
    pub amount: Money,
    /// The structured reference as sent (QR reference or `RF…`); `None` without one.
    pub reference: Option<String>,
    /// The booking date (`YYYY-MM-DD`).
    pub booked_on: String,
    pub debtor: Option<String>,
}

/// Why a file is refused as a whole (nothing of it is imported).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Camt054Error {
    #[error("not XML: {0}")]
    NotXml(String),
    #[error("not a camt.054 notification (its document is {0})")]
    NotCamt054(String),
    #[error("entry {entry}: {what}")]
    Entry { entry: usize, what: String },
}

fn child<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.tag_name().name() == name)
}

/// The node at the end of `path` (element names, namespaces ignored).
fn at<'a, 'i>(node: roxmltree::Node<'a, 'i>, path: &[&str]) -> Option<roxmltree::Node<'a, 'i>> {
    path.iter().try_fold(node, |n, name| child(n, name))
}

fn text_at(node: roxmltree::Node, path: &[&str]) -> Option<String> {
    at(node, path)
        .and_then(|n| n.text())
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// `124.32` with its `Ccy` to minor units; refuses other currencies and more than two
/// decimals.
fn amount_of(node: roxmltree::Node) -> Result<Money, String> {
    let code = node.attribute("Ccy").unwrap_or_default();
    let currency = Currency::from_code(code).ok_or_else(|| format!("currency {code:?}"))?;
    let text = node.text().unwrap_or_default().trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let bad = || format!("amount {text:?}");
    if whole.is_empty()
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(bad());
    }
    let whole: i64 = whole.parse().map_err(|_| bad())?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| bad())?;
    let minor = whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .ok_or_else(bad)?;
    Ok(Money::new(minor, currency))
}

/// Whether an entry is booked: `<Sts>BOOK</Sts>` (.04) or `<Sts><Cd>BOOK</Cd></Sts>` (.08).
fn booked(entry: roxmltree::Node) -> bool {
    let status = child(entry, "Sts");
    let code =
        status.and_then(|s| text_at(s, &["Cd"]).or_else(|| s.text().map(|t| t.trim().to_owned())));
    code.as_deref() == Some("BOOK")
}

/// Every booked credit of the notification, in the file's order.
pub fn parse(xml: &str) -> Result<Vec<Credit>, Camt054Error> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| Camt054Error::NotXml(e.to_string()))?;
    let root = doc.root_element();
    let namespace = root.tag_name().namespace().unwrap_or_default();
    let Some(body) =
        child(root, "BkToCstmrDbtCdtNtfctn").filter(|_| namespace.contains("camt.054"))
    else {
        return Err(Camt054Error::NotCamt054(format!(
            "{namespace} {}",
            root.tag_name().name()
        )));
    };
    let mut credits = Vec::new();
    let entries = body
        .children()
        .filter(|n| n.tag_name().name() == "Ntfctn")
        .flat_map(|n| n.children().filter(|c| c.tag_name().name() == "Ntry"));
    for (index, entry) in entries.enumerate() {
        let fail = |what: String| Camt054Error::Entry {
            entry: index + 1,
            what,
        };
        if text_at(entry, &["CdtDbtInd"]).as_deref() != Some("CRDT") || !booked(entry) {
            continue;
        }
        let booked_on = text_at(entry, &["BookgDt", "Dt"])
            .or_else(|| text_at(entry, &["BookgDt", "DtTm"]).map(|t| t.chars().take(10).collect()))
            .unwrap_or_default();
        let entry_ref = text_at(entry, &["AcctSvcrRef"]);
        let details: Vec<_> = entry
            .children()
            .filter(|n| n.tag_name().name() == "NtryDtls")
            .flat_map(|n| n.children().filter(|c| c.tag_name().name() == "TxDtls"))
            .collect();
        for (tx_index, tx) in details.iter().enumerate() {
            if text_at(*tx, &["CdtDbtInd"]).is_some_and(|d| d != "CRDT") {
                continue;
            }
            let amount_node = at(*tx, &["Amt"])
                .or_else(|| at(*tx, &["AmtDtls", "TxAmt", "Amt"]))
                .or_else(|| (details.len() == 1).then(|| child(entry, "Amt")).flatten())
                .ok_or_else(|| fail("a transaction without its amount".into()))?;
            let bank_reference = text_at(*tx, &["Refs", "AcctSvcrRef"])
                .or_else(|| entry_ref.clone().map(|r| format!("{r}/{}", tx_index + 1)))
                .ok_or_else(|| fail("a transaction without the bank's reference".into()))?;
            credits.push(Credit {
                bank_reference,
                amount: amount_of(amount_node).map_err(fail)?,
                reference: text_at(*tx, &["RmtInf", "Strd", "CdtrRefInf", "Ref"]),
                booked_on: booked_on.clone(),
                debtor: text_at(*tx, &["RltdPties", "Dbtr", "Pty", "Nm"])
                    .or_else(|| text_at(*tx, &["RltdPties", "Dbtr", "Nm"])),
            });
        }
    }
    Ok(credits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A notification as a Swiss bank sends it for a QR-IBAN: one collective entry with two
    /// QR-bill payments, one payment with a creditor reference, a debit and a pending
    /// entry that are not credits to import.
    const SAMPLE: &str = include_str!("camt054_sample.xml");

    #[test]
    fn booked_credits_come_with_amount_reference_and_the_banks_reference() {
        let credits = parse(SAMPLE).expect("a valid notification");
        assert_eq!(credits.len(), 3, "{credits:#?}");
        assert_eq!(credits[0].amount, Money::new(12_432, Currency::Chf));
        assert_eq!(
            credits[0].reference.as_deref(),
            Some("000000000000000020260000182")
        );
        assert_eq!(credits[0].bank_reference, "ZV20261204/000001/1");
        assert_eq!(credits[0].booked_on, "2026-12-04");
        assert_eq!(credits[0].debtor.as_deref(), Some("Anna AG"));
        assert_eq!(credits[1].amount, Money::new(100_000, Currency::Chf));
        assert_eq!(credits[2].reference.as_deref(), Some("RF412026000019"));
        assert_eq!(credits[2].amount, Money::new(5_050, Currency::Eur));
    }

    #[test]
    fn files_that_are_not_notifications_are_refused_whole() {
        assert!(matches!(parse("not xml"), Err(Camt054Error::NotXml(_))));
        let statement = r#"<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt/></Document>"#;
        assert!(matches!(parse(statement), Err(Camt054Error::NotCamt054(_))));
        let bad_amount = SAMPLE.replace(">124.32<", ">124.321<");
        assert!(matches!(
            parse(&bad_amount),
            Err(Camt054Error::Entry { entry: 1, .. })
        ));
    }
}
