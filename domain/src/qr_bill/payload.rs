//! The Swiss QR Code's text: 31 elements, one per line, in the order and with the lengths
//! of the implementation guidelines (version 2.3), structured addresses only.

use super::{Iban, Reference};
use crate::money::{Currency, Money};

/// A structured (type `S`) address; the street line carries the house number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub town: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// What one payment part asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrBill {
    pub account: Iban,
    pub creditor: Address,
    /// `None`: the payer fills in the amount.
    pub amount: Option<Money>,
    pub currency: Currency,
    pub debtor: Option<Address>,
    pub reference: Option<Reference>,
    /// Shown to the payer and passed to the creditor (e.g. the order's number).
    pub message: String,
}

/// Why a payment part cannot be made; each names the element at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QrBillError {
    #[error("a QR reference needs a QR-IBAN, a QR-IBAN needs a QR reference")]
    ReferenceDoesNotMatchAccount,
    #[error("amount outside 0.01 to 999 999 999.99, or in another currency")]
    Amount,
    #[error("{0} is empty, too long or has characters the standard does not allow")]
    Field(&'static str),
    #[error("the code holds more than 997 characters")]
    TooLong,
}

/// Most characters the code may hold.
const MAX_CHARS: usize = 997;

/// The standard's character set: printable Basic Latin, Latin-1 Supplement, Latin
/// Extended-A, Ș ș Ț ț and the euro sign.
pub fn allowed_char(c: char) -> bool {
    matches!(c as u32, 0x20..=0x7E | 0xA0..=0x17F | 0x218..=0x21B | 0x20AC)
}

fn field(
    name: &'static str,
    text: &str,
    max: usize,
    required: bool,
) -> Result<String, QrBillError> {
    let text = text.trim();
    let bad = text.chars().count() > max
        || (required && text.is_empty())
        || !text.chars().all(allowed_char);
    if bad {
        Err(QrBillError::Field(name))
    } else {
        Ok(text.to_owned())
    }
}

fn address_lines(who: &'static str, a: &Address) -> Result<Vec<String>, QrBillError> {
    let country = a.country.trim();
    if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(QrBillError::Field(who));
    }
    Ok(vec![
        "S".to_owned(),
        field(who, &a.name, 70, true)?,
        field(who, &a.street, 70, false)?,
        String::new(),
        field(who, &a.postal_code, 16, true)?,
        field(who, &a.town, 35, true)?,
        country.to_owned(),
    ])
}

/// Decimal amount with a point and two decimals, as the code writes it.
pub fn amount_text(amount: &Money) -> String {
    format!("{}.{:02}", amount.minor / 100, amount.minor % 100)
}

/// As the payment part prints it: spaces between thousands, a decimal point (`1 949.75`).
pub fn printed_amount(amount: &Money) -> String {
    let whole =
        crate::money::group_digits(amount.minor.unsigned_abs() / 100, " ", amount.minor < 0);
    format!("{whole}.{:02}", amount.minor.unsigned_abs() % 100)
}

impl QrBill {
    /// The code's text, lines separated by line feeds; refused as the standard would.
    pub fn payload(&self) -> Result<String, QrBillError> {
        let qr_account = self.account.is_qr_iban();
        match (&self.reference, qr_account) {
            (Some(Reference::Qr(_)), true) | (Some(Reference::Creditor(_)) | None, false) => {}
            _ => return Err(QrBillError::ReferenceDoesNotMatchAccount),
        }
        let amount = match &self.amount {
            Some(a) if a.currency != self.currency => return Err(QrBillError::Amount),
            Some(a) if !(1..=99_999_999_999).contains(&a.minor) => return Err(QrBillError::Amount),
            Some(a) => amount_text(a),
            None => String::new(),
        };
        let mut lines = vec![
            "SPC".to_owned(),
            "0200".to_owned(),
            "1".to_owned(),
            self.account.as_str().to_owned(),
        ];
        lines.extend(address_lines("creditor", &self.creditor)?);
        // The ultimate creditor: reserved, always empty.
        lines.extend(std::iter::repeat_n(String::new(), 7));
        lines.push(amount);
        lines.push(self.currency.code().to_owned());
        match &self.debtor {
            Some(d) => lines.extend(address_lines("debtor", d)?),
            None => lines.extend(std::iter::repeat_n(String::new(), 7)),
        }
        match &self.reference {
            Some(r) => {
                lines.push(r.kind_code().to_owned());
                lines.push(r.as_str().to_owned());
            }
            None => {
                lines.push("NON".to_owned());
                lines.push(String::new());
            }
        }
        lines.push(field("message", &self.message, 140, false)?);
        lines.push("EPD".to_owned());
        let text = lines.join("\n");
        if text.chars().count() > MAX_CHARS {
            return Err(QrBillError::TooLong);
        }
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn creditor() -> Address {
        Address {
            name: "Robert Schneider AG".into(),
            street: "Rue du Lac 1268".into(),
            postal_code: "2501".into(),
            town: "Biel".into(),
            country: "CH".into(),
        }
    }

    fn bill(account: &str, reference: Option<Reference>) -> QrBill {
        QrBill {
            account: Iban::parse(account).expect("valid IBAN"),
            creditor: creditor(),
            amount: Some(Money::new(194_975, Currency::Chf)),
            currency: Currency::Chf,
            debtor: Some(Address {
                name: "Pia-Maria Rutschmann-Schnyder".into(),
                street: "Grosse Marktgasse 28".into(),
                postal_code: "9400".into(),
                town: "Rorschach".into(),
                country: "CH".into(),
            }),
            reference,
            message: "Order O-2026-000017".into(),
        }
    }

    #[test]
    fn a_qr_reference_on_a_qr_iban_makes_the_31_elements_in_order() {
        let r = Reference::qr_of("21000000000313947143000901");
        let text = bill("CH44 3199 9123 0008 8901 2", r)
            .payload()
            .expect("valid");
        let lines: Vec<&str> = text.split('\n').collect();
        assert_eq!(lines.len(), 31);
        assert_eq!(
            &lines[..5],
            ["SPC", "0200", "1", "CH4431999123000889012", "S"]
        );
        assert_eq!(lines[5], "Robert Schneider AG");
        assert_eq!(&lines[18..20], ["1949.75", "CHF"]);
        assert_eq!(lines[20], "S");
        assert_eq!(&lines[27..29], ["QRR", "210000000003139471430009017"]);
        assert_eq!(lines[29], "Order O-2026-000017");
        assert_eq!(lines[30], "EPD");
        assert!(!text.ends_with('\n'), "no line ending after the trailer");
    }

    #[test]
    fn references_must_match_the_kind_of_account() {
        let qrr = Reference::qr_of("17");
        let scor = Reference::creditor_of("2026000017");
        assert_eq!(
            bill("CH93 0076 2011 6238 5295 7", qrr).payload(),
            Err(QrBillError::ReferenceDoesNotMatchAccount)
        );
        assert_eq!(
            bill("CH44 3199 9123 0008 8901 2", scor.clone()).payload(),
            Err(QrBillError::ReferenceDoesNotMatchAccount)
        );
        assert!(bill("CH93 0076 2011 6238 5295 7", scor).payload().is_ok());
    }

    #[test]
    fn printed_amounts_group_thousands_with_spaces() {
        assert_eq!(
            printed_amount(&Money::new(194_975, Currency::Chf)),
            "1 949.75"
        );
        assert_eq!(printed_amount(&Money::new(5, Currency::Eur)), "0.05");
        assert_eq!(
            printed_amount(&Money::new(123_456_789, Currency::Chf)),
            "1 234 567.89"
        );
    }

    #[test]
    fn field_lengths_amounts_and_characters_are_checked() {
        let scor = Reference::creditor_of("1");
        let mut long_name = bill("CH93 0076 2011 6238 5295 7", scor.clone());
        long_name.creditor.name = "A".repeat(71);
        assert_eq!(long_name.payload(), Err(QrBillError::Field("creditor")));
        let mut bad_char = bill("CH93 0076 2011 6238 5295 7", scor.clone());
        bad_char.debtor.as_mut().expect("debtor").town = "東京".into();
        assert_eq!(bad_char.payload(), Err(QrBillError::Field("debtor")));
        let mut zero = bill("CH93 0076 2011 6238 5295 7", scor.clone());
        zero.amount = Some(Money::new(0, Currency::Chf));
        assert_eq!(zero.payload(), Err(QrBillError::Amount));
        let mut euro_amount = bill("CH93 0076 2011 6238 5295 7", scor);
        euro_amount.amount = Some(Money::new(100, Currency::Eur));
        assert_eq!(euro_amount.payload(), Err(QrBillError::Amount));
    }
}
