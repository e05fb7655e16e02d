//! Which VAT an invoice carries, from the seller's country, the buyer's billing address
//! and the date of supply. See the `tax` module documentation for the model.

use super::rates::{standard_rate, territory, Territory};
use super::vat_number::VatNumber;
use super::{TaxError, TaxRate};
use chrono::NaiveDate;

/// The console's operator, who issues the invoices. A parameter rather than a constant
/// so that an EU-based operator works the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Seller {
    /// ISO country code of the seller's VAT registration (`CH` for a Swiss provider).
    pub country: String,
}

/// The buyer as the billing address describes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buyer {
    /// ISO country code of the billing address.
    pub country: String,
    /// As entered; blank counts as none.
    pub vat_number: Option<String>,
    /// Buys as a business (not a consumer).
    pub is_business: bool,
}

/// Why an invoice carries the VAT it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VatTreatment {
    /// Buyer in the seller's VAT territory: the seller's rate, consumers and businesses.
    Domestic,
    /// EU consumer (or business without a VAT number) of another territory: the buyer's
    /// country's rate, declared through the One-Stop Shop.
    BuyerCountry,
    /// EU business of another member state with a VAT number: no VAT, the buyer accounts
    /// for it ("reverse charge").
    ReverseCharge,
    /// Buyer outside the seller's territory and outside the EU VAT area: no VAT.
    Export,
}

impl VatTreatment {
    /// Stable code, for the interface and stored orders.
    pub const fn code(self) -> &'static str {
        match self {
            VatTreatment::Domestic => "domestic",
            VatTreatment::BuyerCountry => "buyer-country",
            VatTreatment::ReverseCharge => "reverse-charge",
            VatTreatment::Export => "export",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VatDecision {
    pub treatment: VatTreatment,
    pub rate: TaxRate,
    /// The buyer's number in compact form, when given (printed on the invoice; required
    /// for reverse charge).
    pub buyer_vat_number: Option<VatNumber>,
}

/// Decides the VAT of a sale of electronic services (hosting, domains, mail) on `date`.
///
/// - same territory as the seller (CH and LI are one) → [`VatTreatment::Domestic`];
/// - EU buyer of another territory: business with a well-formed VAT number of its
///   billing country → [`VatTreatment::ReverseCharge`], otherwise
///   [`VatTreatment::BuyerCountry`];
/// - anyone else → [`VatTreatment::Export`].
///
/// A VAT number given for a Swiss or EU address must be well-formed for that country,
/// else [`TaxError::InvalidVatNumber`]: a typo must not silently turn a reverse-charge
/// sale into a taxed one. Numbers given for other countries are not checked (nor
/// returned): they change nothing.
pub fn decide(seller: &Seller, buyer: &Buyer, date: NaiveDate) -> Result<VatDecision, TaxError> {
    let seller_territory = territory(&seller.country);
    if seller_territory == Territory::Outside {
        return Err(TaxError::UnknownCountry(seller.country.clone()));
    }
    let buyer_territory = territory(&buyer.country);
    let given = buyer
        .vat_number
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty());
    let buyer_vat_number = match (buyer_territory, given) {
        (Territory::Swiss | Territory::Eu { .. }, Some(n)) => {
            Some(VatNumber::parse(&buyer.country, n)?)
        }
        _ => None,
    };
    let (treatment, rate) = if buyer_territory == seller_territory {
        let rate = standard_rate(&seller.country, date)?;
        (VatTreatment::Domestic, TaxRate::standard(rate))
    } else if let Territory::Eu { .. } = buyer_territory {
        if buyer.is_business && buyer_vat_number.is_some() {
            (VatTreatment::ReverseCharge, TaxRate::REVERSE_CHARGE)
        } else {
            let rate = standard_rate(&buyer.country, date)?;
            (VatTreatment::BuyerCountry, TaxRate::standard(rate))
        }
    } else {
        (VatTreatment::Export, TaxRate::EXPORT)
    };
    Ok(VatDecision {
        treatment,
        rate,
        buyer_vat_number,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tax::vat_number::VatNumberError;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn seller(country: &str) -> Seller {
        Seller {
            country: country.into(),
        }
    }

    fn buyer(country: &str, vat_number: Option<&str>, is_business: bool) -> Buyer {
        Buyer {
            country: country.into(),
            vat_number: vat_number.map(str::to_owned),
            is_business,
        }
    }

    fn treatment(s: &str, b: Buyer) -> (VatTreatment, TaxRate) {
        let d = decide(&seller(s), &b, day(2026, 3, 1)).unwrap();
        (d.treatment, d.rate)
    }

    #[test]
    fn swiss_and_liechtenstein_buyers_pay_swiss_vat() {
        let domestic = (VatTreatment::Domestic, TaxRate::standard(810));
        assert_eq!(treatment("CH", buyer("CH", None, false)), domestic);
        assert_eq!(treatment("CH", buyer("LI", None, true)), domestic);
        let business = buyer("CH", Some("CHE-123.456.789 MWST"), true);
        let d = decide(&seller("CH"), &business, day(2023, 12, 31)).unwrap();
        assert_eq!(d.rate, TaxRate::standard(770));
        assert_eq!(d.buyer_vat_number.unwrap().as_str(), "CHE123456789");
    }

    #[test]
    fn a_german_company_buying_from_a_swiss_seller_is_reverse_charged() {
        let company = buyer("DE", Some("DE 123456789"), true);
        let d = decide(&seller("CH"), &company, day(2026, 3, 1)).unwrap();
        assert_eq!(d.treatment, VatTreatment::ReverseCharge);
        assert!(d.rate.is_reverse_charge());
        assert_eq!(d.rate.basis_points(), 0);
        assert_eq!(d.buyer_vat_number.unwrap().as_str(), "DE123456789");
    }

    #[test]
    fn eu_consumers_pay_their_own_countrys_rate() {
        let expected = (VatTreatment::BuyerCountry, TaxRate::standard(2000));
        assert_eq!(treatment("CH", buyer("FR", None, false)), expected);
        // A business without a VAT number cannot be told from a consumer.
        assert_eq!(treatment("CH", buyer("FR", Some("  "), true)), expected);
        // A consumer who typed a number is still a consumer.
        let consumer = buyer("IT", Some("IT12345678901"), false);
        assert_eq!(treatment("CH", consumer).1, TaxRate::standard(2200));
        assert_eq!(
            treatment("DE", buyer("AT", None, false)).1,
            TaxRate::standard(2000)
        );
    }

    #[test]
    fn an_eu_seller_charges_domestic_vat_and_reverse_charges_other_members() {
        let german_company = buyer("DE", Some("DE123456789"), true);
        assert_eq!(
            treatment("DE", german_company),
            (VatTreatment::Domestic, TaxRate::standard(1900))
        );
        let french_company = buyer("FR", Some("FR40303265045"), true);
        assert_eq!(
            treatment("DE", french_company),
            (VatTreatment::ReverseCharge, TaxRate::REVERSE_CHARGE)
        );
        // Monaco is in France's VAT territory: a French seller sells domestically.
        assert_eq!(
            treatment("FR", buyer("MC", None, false)).0,
            VatTreatment::Domestic
        );
        // From the EU, Switzerland is an export.
        assert_eq!(
            treatment("DE", buyer("CH", Some("CHE123456789"), true)),
            (VatTreatment::Export, TaxRate::EXPORT)
        );
    }

    #[test]
    fn buyers_outside_switzerland_and_the_eu_are_exports() {
        for country in ["US", "GB", "NO", "CA"] {
            let b = buyer(country, Some("anything"), true);
            assert_eq!(treatment("CH", b), (VatTreatment::Export, TaxRate::EXPORT));
        }
    }

    #[test]
    fn malformed_or_foreign_vat_numbers_are_refused() {
        let wrong_country = buyer("DE", Some("ATU12345678"), true);
        assert_eq!(
            decide(&seller("CH"), &wrong_country, day(2026, 3, 1)),
            Err(TaxError::InvalidVatNumber(VatNumberError::WrongPrefix {
                expected: "DE"
            }))
        );
        let short = buyer("IT", Some("IT1234"), true);
        assert_eq!(
            decide(&seller("CH"), &short, day(2026, 3, 1)),
            Err(TaxError::InvalidVatNumber(VatNumberError::BadFormat))
        );
        let greek = buyer("GR", Some("GR123456789"), true);
        assert!(decide(&seller("CH"), &greek, day(2026, 3, 1)).is_err());
        assert_eq!(
            treatment("CH", buyer("GR", Some("EL123456789"), true)).0,
            VatTreatment::ReverseCharge
        );
    }

    #[test]
    fn unknown_seller_countries_and_dates_without_rates_are_errors() {
        assert_eq!(
            decide(&seller("US"), &buyer("CH", None, false), day(2026, 3, 1)),
            Err(TaxError::UnknownCountry("US".into()))
        );
        assert!(matches!(
            decide(&seller("CH"), &buyer("CH", None, false), day(1999, 1, 1)),
            Err(TaxError::NoRateForDate { .. })
        ));
    }
}
