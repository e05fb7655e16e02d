//! The provider as invoices and pro formas name it: its name, address and VAT number, and
//! the accounts transfers are paid to. Set once when the server starts (`MANDANT_SELLER_*`);
//! until then, and in tests, the clearly fictitious demo provider.

use domain::dto::InvoiceParty;
use domain::qr_bill::Iban;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SellerProfile {
    pub party: InvoiceParty,
    /// The account named on pro formas, with a creditor reference (`RF…`); without one
    /// (and without a QR-IBAN) pro formas carry no payment part.
    pub iban: Option<Iban>,
    /// A QR-IBAN, when the bank gave one: then pro formas carry a QR reference instead.
    pub qr_iban: Option<Iban>,
}

static SELLER: OnceLock<SellerProfile> = OnceLock::new();

/// Sets the provider for the life of the process; a second call changes nothing.
pub fn set(profile: SellerProfile) {
    let _ = SELLER.set(profile);
}

pub fn seller() -> &'static SellerProfile {
    SELLER.get_or_init(demo)
}

/// The demo provider: a made-up company with the standard's published sample accounts,
/// which no bank would credit.
pub fn demo() -> SellerProfile {
    SellerProfile {
        party: InvoiceParty {
            name: "Mandant Demo Hosting SA".into(),
            street: "Rue de la Démo 1".into(),
            postal_code: "1204".into(),
            city: "Genève".into(),
            country: "CH".into(),
            vat_number: Some("CHE-123.456.789 TVA".into()),
        },
        iban: Iban::parse("CH93 0076 2011 6238 5295 7"),
        qr_iban: Iban::parse("CH44 3199 9123 0008 8901 2"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_demo_provider_has_an_account_and_a_qr_iban() {
        let demo = super::demo();
        assert_eq!(
            demo.iban.map(|i| i.to_string()).as_deref(),
            Some("CH93 0076 2011 6238 5295 7")
        );
        assert!(demo.qr_iban.is_some_and(|q| q.is_qr_iban()));
    }
}
