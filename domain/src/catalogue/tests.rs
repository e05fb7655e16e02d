#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;
use crate::money::{Currency, Money};

const DEFAULT: &str = include_str!("../../../catalogue/default.toml");

fn parse(text: &str) -> Catalogue {
    toml::from_str(text).unwrap()
}

fn valid(text: &str) -> ValidCatalogue {
    match parse(text).validate() {
        Ok(v) => v,
        Err(errors) => panic!("refused: {errors:#?}"),
    }
}

/// The codes (and places) a document is refused with.
fn refusals(text: &str) -> Vec<(String, &'static str)> {
    let errors = parse(text).validate().expect_err("should be refused");
    errors
        .iter()
        .map(|e| (e.place.to_string(), e.code()))
        .collect()
}

fn chf(minor: i64) -> Money {
    Money::new(minor, Currency::Chf)
}

fn eur(minor: i64) -> Money {
    Money::new(minor, Currency::Eur)
}

/// A small valid catalogue the refusal tests break one field of.
const SMALL: &str = r#"
[kind.domain]
[kind.domain-privacy]
max_years = 10
period = [{ months = 12, price = { CHF = "6.00", EUR = "6.00" } }]
[kind.web-hosting]
max_years = 3
period = [
  { months = 1, price = { CHF = "9.90", EUR = "9.50" } },
  { months = 12, price = { CHF = "99.00", EUR = "95.00" } },
]
[kind.cloud-server]
contents = false
period = [{ months = 1, price = { CHF = "24", EUR = "23.5" } }]
[kind.mail-service]
contents = true
period = [{ months = 12, price = { CHF = "36.00", EUR = "35.00" } }]

[[extension]]
name = ".ch"
price = { CHF = "16.00", EUR = "16.50" }
max_years = 10
redemption_days = 0

[[extension]]
name = "CO.UK"
price = { CHF = "10.00", EUR = "9.50" }
min_years = 2
max_years = 5
redemption_days = 30
restore_fee = { CHF = "80.00", EUR = "75.00" }

[[extension]]
name = ".uk"
price = { CHF = "11.00", EUR = "10.50" }
max_years = 10
redemption_days = 30
restore_fee = { CHF = "80.00", EUR = "75.00" }

[[extension]]
name = ".xn--p1ai"
price = { CHF = "30.00", EUR = "29.00" }
max_years = 1
redemption_days = 30
restore_fee = { CHF = "90.00", EUR = "85.00" }
"#;

#[test]
fn kinds_have_codes_labels_and_a_string_list() {
    for kind in ProductKind::ALL {
        assert_eq!(ProductKind::from_code(kind.code()), Some(kind));
        assert_eq!(kind.label_key(), format!("product-kind-{}", kind.code()));
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            format!("\"{}\"", kind.code())
        );
    }
    assert_eq!(ProductKind::from_code("Domain"), None);
    assert_eq!(ProductKind::from_code("hosting"), None);
    assert_eq!(CODES.len(), ProductKind::ALL.len());
    assert_eq!(CODES[8], "team-chat");
    assert_eq!(crate::dto::PRODUCT_KINDS, CODES.as_slice());
    assert_eq!(
        ProductKind::DomainPrivacy.option_of(),
        Some(ProductKind::Domain)
    );
    assert_eq!(ProductKind::WebHosting.option_of(), None);
}

#[test]
fn periods_count_months() {
    assert_eq!(Period::years(2).unwrap().months(), 24);
    assert_eq!(Period::YEAR.whole_years(), Some(1));
    assert_eq!(Period::MONTH.whole_years(), None);
    assert_eq!(Period::from_months(0), None);
    assert_eq!(Period::from_months(121), None);
    assert_eq!(Period::years(11), None);
    assert_eq!(Period::MONTH.to_string(), "1 month");
    assert_eq!(Period::from_months(3).unwrap().to_string(), "3 months");
    assert_eq!(Period::years(3).unwrap().to_string(), "3 years");
    assert_eq!(serde_json::to_string(&Period::YEAR).unwrap(), "12");
    assert!(serde_json::from_str::<Period>("0").is_err());
}

#[test]
fn the_default_catalogue_validates() {
    let catalogue = valid(DEFAULT);
    for kind in ProductKind::ALL {
        assert!(catalogue.sells(kind), "{kind} missing from the default");
    }
    for ext in [
        ".ch", ".swiss", ".li", ".fr", ".be", ".de", ".it", ".es", ".eu", ".com", ".net", ".org",
    ] {
        assert!(catalogue.extension(ext).is_some(), "{ext} missing");
        for currency in Currency::ALL {
            assert!(catalogue
                .price(ProductKind::Domain, Some(ext), Period::YEAR, currency)
                .is_some_and(|m| m.minor > 0));
        }
    }
    for kind in [
        ProductKind::MailService,
        ProductKind::Drive,
        ProductKind::TeamChat,
        ProductKind::WebMailHosting,
    ] {
        assert!(catalogue.has_contents(kind), "{kind} holds contents");
    }
    assert!(!catalogue.has_contents(ProductKind::WebHosting));
    assert!(
        catalogue.extensions().any(|e| e.redemption_days == 0),
        "one extension is released at once"
    );
    assert_eq!(
        catalogue.max_years(ProductKind::Domain, Some(".de")),
        Some(1)
    );
    assert_eq!(
        catalogue.max_years(ProductKind::Domain, Some(".ch")),
        Some(10)
    );
    assert_eq!(catalogue.redemption_days(".com"), Some(30));
}

#[test]
fn lookups_answer_prices_years_and_redemption() {
    let c = valid(SMALL);
    let year = Period::YEAR;
    let domain = ProductKind::Domain;
    assert_eq!(
        c.price(domain, Some(".ch"), year, Currency::Chf),
        Some(chf(1600))
    );
    assert_eq!(
        c.price(domain, Some("CH"), year, Currency::Eur),
        Some(eur(1650))
    );
    // Several years: the yearly price times the years, within the extension's limits.
    let years = |n| Period::years(n).unwrap();
    assert_eq!(
        c.price(domain, Some(".ch"), years(10), Currency::Chf),
        Some(chf(16_000))
    );
    assert_eq!(
        c.price(domain, Some(".co.uk"), year, Currency::Chf),
        None,
        "min 2 years"
    );
    assert_eq!(
        c.price(domain, Some(".co.uk"), years(2), Currency::Chf),
        Some(chf(2000))
    );
    assert_eq!(
        c.price(domain, Some(".co.uk"), years(6), Currency::Chf),
        None
    );
    assert_eq!(
        c.price(domain, Some(".ch"), Period::MONTH, Currency::Chf),
        None
    );
    assert_eq!(c.price(domain, None, year, Currency::Chf), None);
    assert_eq!(c.price(domain, Some(".fr"), year, Currency::Chf), None);

    let hosting = ProductKind::WebHosting;
    assert_eq!(
        c.price(hosting, None, Period::MONTH, Currency::Chf),
        Some(chf(990))
    );
    assert_eq!(c.price(hosting, None, year, Currency::Eur), Some(eur(9500)));
    assert_eq!(
        c.price(hosting, None, years(3), Currency::Chf),
        Some(chf(29_700))
    );
    assert_eq!(c.price(hosting, None, years(4), Currency::Chf), None);
    assert_eq!(
        c.price(hosting, Some(".ch"), year, Currency::Chf),
        Some(chf(9900)),
        "kinds priced per period ignore the extension"
    );
    let quarter = Period::from_months(3).unwrap();
    assert_eq!(c.price(hosting, None, quarter, Currency::Chf), None);
    let cloud = ProductKind::CloudServer;
    assert_eq!(
        c.price(cloud, None, Period::MONTH, Currency::Chf),
        Some(chf(2400))
    );
    assert_eq!(
        c.price(cloud, None, Period::MONTH, Currency::Eur),
        Some(eur(2350))
    );
    assert_eq!(c.price(cloud, None, year, Currency::Chf), None);
    assert_eq!(
        c.price(ProductKind::Drive, None, Period::MONTH, Currency::Chf),
        None
    );

    assert_eq!(c.max_years(hosting, None), Some(3));
    assert_eq!(c.max_years(ProductKind::MailService, None), Some(1));
    assert_eq!(c.max_years(cloud, None), None, "not sold by the year");
    assert_eq!(c.max_years(domain, Some(".co.uk")), Some(5));
    assert_eq!(c.min_years(domain, Some(".co.uk")), Some(2));
    assert_eq!(c.max_years(domain, None), None);
    assert_eq!(c.max_years(ProductKind::Drive, None), None);

    assert_eq!(c.redemption_days(".ch"), Some(0));
    assert_eq!(c.redemption_days(".co.uk"), Some(30));
    assert_eq!(c.redemption_days(".fr"), None);
    assert_eq!(c.restore_fee(".ch", Currency::Chf), None);
    assert_eq!(c.restore_fee(".co.uk", Currency::Eur), Some(eur(7500)));

    assert!(c.has_contents(ProductKind::MailService));
    assert!(!c.has_contents(cloud));
    assert!(!c.has_contents(ProductKind::Drive), "not sold");
}

#[test]
fn the_extension_of_a_name_is_its_longest_sold_suffix() {
    let c = valid(SMALL);
    assert_eq!(c.extension_of("shop.ch"), Some(".ch"));
    assert_eq!(c.extension_of("Bäckerei-Muster.CH"), Some(".ch"));
    assert_eq!(c.extension_of("www.shop.ch."), Some(".ch"));
    assert_eq!(c.extension_of("shop.co.uk"), Some(".co.uk"));
    assert_eq!(c.extension_of("shop.uk"), Some(".uk"));
    assert_eq!(c.extension_of("co.uk"), Some(".uk"));
    assert_eq!(c.extension_of("xn--80aswg.xn--p1ai"), Some(".xn--p1ai"));
    assert_eq!(c.extension_of("shop.fr"), None);
    assert_eq!(c.extension_of("ch"), None);
    assert_eq!(c.extension_of(".ch"), None);
    assert_eq!(c.extension_of("shop..ch"), None);
    assert_eq!(c.extension_of("switch"), None, "a suffix, not a dot away");
    assert_eq!(c.extension_of(""), None);
}

#[test]
fn price_rows_are_every_orderable_price() {
    let c = valid(SMALL);
    let rows = c.price_rows();
    for row in &rows {
        assert_eq!(
            c.price(
                row.kind,
                row.extension.as_deref(),
                row.period,
                row.price.currency
            ),
            Some(row.price.clone())
        );
    }
    let count = |kind: ProductKind| rows.iter().filter(|r| r.kind == kind).count();
    // .ch 10 + .co.uk 4 + .uk 10 + .xn--p1ai 1 = 25 periods, in two currencies.
    assert_eq!(count(ProductKind::Domain), 50);
    // 1 month, then 1, 2 and 3 years.
    assert_eq!(count(ProductKind::WebHosting), 8);
    assert_eq!(count(ProductKind::DomainPrivacy), 20);
    assert_eq!(count(ProductKind::CloudServer), 2);
}

#[test]
fn the_canonical_document_round_trips_and_ignores_spelling() {
    let c = valid(SMALL);
    let json = serde_json::to_string(&c).unwrap();
    let back: ValidCatalogue = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    assert_eq!(serde_json::to_string(&back).unwrap(), json, "stable bytes");
    assert!(json.contains(r#""name":".co.uk""#), "{json}");
    assert!(json.contains(r#""CHF":"24.00""#), "{json}");

    // The same catalogue written differently (order, spelling, defaults) is the same.
    let reordered = SMALL
        .replace(
            r#"CHF = "24", EUR = "23.5""#,
            r#"EUR = "23.50", CHF = "24.00""#,
        )
        .replace("contents = false\n", "");
    let other = valid(&reordered);
    assert_eq!(serde_json::to_string(&other).unwrap(), json);

    // A stored document that no longer validates is refused when read.
    let broken = json.replace(r#""CHF":"24.00""#, r#""CHF":"-24.00""#);
    let err = serde_json::from_str::<ValidCatalogue>(&broken).unwrap_err();
    assert!(
        err.to_string().contains("catalogue-negative-price"),
        "{err}"
    );
}

#[test]
fn decimals_parse_exactly() {
    use super::document::{format_decimal, parse_decimal, DecimalError};
    let chf = Currency::Chf;
    assert_eq!(parse_decimal("12.50", chf), Ok(1250));
    assert_eq!(parse_decimal("12.5", chf), Ok(1250));
    assert_eq!(parse_decimal("12", chf), Ok(1200));
    assert_eq!(parse_decimal("0.10", chf), Ok(10));
    assert_eq!(parse_decimal("0", chf), Ok(0));
    assert_eq!(parse_decimal("-1.00", chf), Err(DecimalError::Negative));
    for bad in [
        "",
        "-0",
        "12.505",
        "12.",
        ".5",
        "+1",
        "1,50",
        "1'200.00",
        " 1",
        "1e3",
        "12.5.0",
        "abc",
        "99999999999999999999",
    ] {
        assert_eq!(
            parse_decimal(bad, chf),
            Err(DecimalError::Malformed),
            "{bad:?}"
        );
    }
    assert_eq!(format_decimal(1250, chf), "12.50");
    assert_eq!(format_decimal(5, chf), "0.05");
    assert_eq!(format_decimal(-5, chf), "-0.05");
}

#[test]
fn refuses_unknown_kinds_and_empty_catalogues() {
    assert_eq!(refusals(""), vec![("catalogue".into(), "catalogue-empty")]);
    let text = SMALL.replace("[kind.cloud-server]", "[kind.cloud-servers]");
    assert_eq!(
        refusals(&text),
        vec![("kind cloud-servers".into(), "catalogue-unknown-kind")]
    );
}

#[test]
fn refuses_missing_negative_and_inexact_prices() {
    let text = SMALL.replace(r#"CHF = "9.90", EUR = "9.50""#, r#"CHF = "9.90""#);
    assert_eq!(
        refusals(&text),
        vec![(
            "kind web-hosting, period of 1 month, price".into(),
            "catalogue-missing-price"
        )]
    );
    let text = SMALL.replace(r#"CHF = "99.00""#, r#"CHF = "-99.00""#);
    assert_eq!(
        refusals(&text),
        vec![(
            "kind web-hosting, period of 12 months, price.CHF".into(),
            "catalogue-negative-price"
        )]
    );
    let text = SMALL.replace(r#"CHF = "16.00""#, r#"CHF = "16.005""#);
    assert_eq!(
        refusals(&text),
        vec![("extension .ch, price.CHF".into(), "catalogue-bad-price")]
    );
    let text = SMALL.replace(r#"CHF = "16.00""#, r#"CHF = 16.00"#);
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .ch, price.CHF".into(),
            "catalogue-price-not-text"
        )]
    );
    let text = SMALL.replace(r#"CHF = "16.00""#, r#"CHF = 1600"#);
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .ch, price.CHF".into(),
            "catalogue-price-not-text"
        )]
    );
    let text = SMALL.replace(
        r#"CHF = "16.00", EUR"#,
        r#"CHF = "16.00", USD = "17.00", EUR"#,
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .ch, price.USD".into(),
            "catalogue-unknown-currency"
        )]
    );
    let text = SMALL.replace(
        r#"restore_fee = { CHF = "90.00", EUR = "85.00" }"#,
        r#"restore_fee = { EUR = "85.00" }"#,
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .xn--p1ai, restore_fee".into(),
            "catalogue-missing-price"
        )]
    );
}

#[test]
fn refuses_bad_and_duplicate_extensions() {
    let text = format!(
        "{SMALL}\n[[extension]]\nname = \"CH\"\nprice = {{ CHF = \"1.00\", EUR = \"1.00\" }}\nmax_years = 1\nredemption_days = 0\n"
    );
    assert_eq!(
        refusals(&text),
        vec![("extension .ch".into(), "catalogue-duplicate-extension")]
    );
    for bad in [
        "", ".", "..ch", ".-ch", ".ch-", ".c_h", ".123", ".müller", ".a b",
    ] {
        let text = SMALL.replace(r#"name = ".ch""#, &format!("name = {bad:?}"));
        let found = refusals(&text);
        assert_eq!(found.len(), 1, "{bad:?}: {found:?}");
        assert_eq!(found[0].1, "catalogue-bad-extension", "{bad:?}");
        assert!(found[0].0.ends_with(", name"), "{found:?}");
    }
}

#[test]
fn refuses_kinds_without_or_with_bad_periods() {
    let text = SMALL.replace(
        r#"period = [{ months = 1, price = { CHF = "24", EUR = "23.5" } }]"#,
        "",
    );
    assert_eq!(
        refusals(&text),
        vec![("kind cloud-server".into(), "catalogue-no-periods")]
    );
    let text = SMALL.replace(
        r#"{ months = 1, price = { CHF = "24", EUR = "23.5" } }"#,
        r#"{ months = 24, price = { CHF = "24", EUR = "23.5" } }"#,
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "kind cloud-server, period of 24 months, months".into(),
            "catalogue-bad-period"
        )]
    );
    let text = SMALL.replace(
        r#"{ months = 1, price = { CHF = "24", EUR = "23.5" } }"#,
        r#"{ months = 1, price = { CHF = "24", EUR = "23.5" } }, { months = 1, price = { CHF = "25", EUR = "24" } }"#,
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "kind cloud-server, period of 1 month".into(),
            "catalogue-duplicate-period"
        )]
    );
}

#[test]
fn refuses_impossible_years() {
    let text = SMALL.replace("max_years = 3", "max_years = 11");
    assert_eq!(
        refusals(&text),
        vec![("kind web-hosting, max_years".into(), "catalogue-bad-years")]
    );
    let text = SMALL.replace("contents = false", "contents = false\nmax_years = 2");
    assert_eq!(
        refusals(&text),
        vec![(
            "kind cloud-server, max_years".into(),
            "catalogue-years-without-yearly-period"
        )]
    );
    let text = SMALL.replace("min_years = 2", "min_years = 6");
    assert_eq!(
        refusals(&text),
        vec![("extension .co.uk, max_years".into(), "catalogue-bad-years")]
    );
    let text = SMALL.replace("max_years = 1\n", "max_years = 0\n");
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .xn--p1ai, max_years".into(),
            "catalogue-bad-years"
        )]
    );
}

#[test]
fn refuses_inconsistent_redemption_terms() {
    // .ch has no redemption period: a restore fee could never be charged.
    let text = SMALL.replace(
        "max_years = 10\nredemption_days = 0\n",
        "max_years = 10\nredemption_days = 0\nrestore_fee = { CHF = \"50.00\", EUR = \"50.00\" }\n",
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .ch, restore_fee".into(),
            "catalogue-restore-fee-without-redemption"
        )]
    );
    let text = SMALL.replace(
        "max_years = 10\nredemption_days = 0\n",
        "max_years = 10\nredemption_days = 30\n",
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .ch, restore_fee".into(),
            "catalogue-missing-restore-fee"
        )]
    );
    let text = SMALL.replace(
        "max_years = 1\nredemption_days = 30",
        "max_years = 1\nredemption_days = 365",
    );
    assert_eq!(
        refusals(&text),
        vec![(
            "extension .xn--p1ai, redemption_days".into(),
            "catalogue-bad-redemption"
        )]
    );
}

#[test]
fn refuses_domains_without_extensions_and_the_reverse() {
    let no_extensions = SMALL.split("[[extension]]").next().unwrap();
    assert_eq!(
        refusals(no_extensions),
        vec![("kind domain".into(), "catalogue-no-extensions")]
    );
    let text = SMALL
        .replace("[kind.domain]\n", "")
        .replace("[kind.domain-privacy]", "[kind.backup]");
    assert_eq!(
        refusals(&text),
        vec![("extension".into(), "catalogue-extensions-without-domain")]
    );
    let text = SMALL.replace("[kind.domain]\n", "");
    let found = refusals(&text);
    assert!(found.contains(&(
        "kind domain-privacy".into(),
        "catalogue-option-without-parent"
    )));
    let text = SMALL.replace("[kind.domain]\n", "[kind.domain]\nmax_years = 5\n");
    assert_eq!(
        refusals(&text),
        vec![("kind domain".into(), "catalogue-domain-terms")]
    );
}

#[test]
fn reports_every_error_at_once_with_readable_lines() {
    let text = SMALL
        .replace(r#"CHF = "99.00""#, r#"CHF = "-99.00""#)
        .replace("[kind.cloud-server]", "[kind.cloud]")
        .replace(r#"name = ".uk""#, r#"name = "co.uk""#);
    let errors = parse(&text).validate().unwrap_err();
    let codes: Vec<_> = errors.iter().map(CatalogueError::code).collect();
    assert_eq!(
        codes,
        vec![
            "catalogue-unknown-kind",
            "catalogue-negative-price",
            "catalogue-duplicate-extension"
        ]
    );
    for e in &errors {
        assert!(Problem::CODES.contains(&e.code()));
    }
    assert_eq!(
        errors[1].to_string(),
        "kind web-hosting, period of 12 months, price.CHF: the price \"-99.00\" is negative \
         [catalogue-negative-price]"
    );
    assert!(errors[0]
        .to_string()
        .starts_with("kind cloud: unknown product kind; known kinds: domain, "));
}

#[test]
fn unknown_fields_are_parse_errors() {
    let text = SMALL.replace("redemption_days = 0", "redemption_days = 0\nredemption = 3");
    assert!(toml::from_str::<Catalogue>(&text).is_err());
}
