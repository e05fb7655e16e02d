#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::promotion::{
    normalise_code, parse_amount, parse_percent, Discount, NewPromotion, Promotion,
    PromotionProblem, PromotionRefusal,
};
use super::voucher::{GrantProblem, NewVoucher, Voucher, VoucherRefusal};
use super::*;
use crate::catalogue::Catalogue;
use crate::ids::{PromotionId, VoucherId};
use crate::tax::{TaxRate, VatTreatment};
use crate::OrgId;
use std::collections::BTreeSet;

const DEFAULT: &str = include_str!("../../../catalogue/default.toml");

fn catalogue() -> ValidCatalogue {
    toml::from_str::<Catalogue>(DEFAULT)
        .unwrap()
        .validate()
        .unwrap()
}

/// Sells domains (.ch) and web hosting only.
fn small_catalogue() -> ValidCatalogue {
    toml::from_str::<Catalogue>(
        r#"
[kind.domain]
[kind.web-hosting]
period = [{ months = 1, price = { CHF = "9.90", EUR = "9.50" } }]
[[extension]]
name = ".ch"
price = { CHF = "16.00", EUR = "16.50" }
max_years = 10
redemption_days = 0
"#,
    )
    .unwrap()
    .validate()
    .unwrap()
}

fn chf(minor: i64) -> Money {
    Money::new(minor, Currency::Chf)
}

fn years(n: u32) -> Period {
    Period::years(n).unwrap()
}

fn months(n: u32) -> Period {
    Period::from_months(n).unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
}

fn swiss() -> Seller {
    Seller {
        country: "CH".into(),
    }
}

fn buyer(country: &str, vat_number: Option<&str>) -> Buyer {
    Buyer {
        country: country.into(),
        vat_number: vat_number.map(str::to_owned),
        is_business: vat_number.is_some(),
    }
}

fn org(n: u128) -> OrgId {
    OrgId(uuid::Uuid::from_u128(n))
}

const NOW: i64 = 1_772_323_200_000; // 2026-03-01 00:00 UTC

fn voucher(n: u128, kind: ProductKind, extension: Option<&str>, period: Period) -> Voucher {
    Voucher {
        id: VoucherId(uuid::Uuid::from_u128(n)),
        org: org(1),
        kind,
        extension: extension.map(str::to_owned),
        period,
        expires_at: NOW + 1_000,
        granted_at: NOW - 1_000,
        granted_by: "operator:test".into(),
        used_at: None,
        used_order: None,
    }
}

fn usable(v: Voucher) -> UsableVoucher {
    v.usable(org(1), NOW).unwrap()
}

fn promotion(code: &str, discount: Discount, kinds: Option<&[ProductKind]>) -> Promotion {
    Promotion {
        id: PromotionId(uuid::Uuid::from_u128(99)),
        code: code.into(),
        discount,
        periods: 1,
        kinds: kinds.map(|k| k.iter().copied().collect()),
        valid_from: NOW - 1_000,
        valid_until: Some(NOW + 1_000),
        max_uses: Some(1_000),
        max_per_org: Some(1),
        used_count: 0,
        created_at: NOW - 1_000,
        created_by: "operator:test".into(),
    }
}

fn percent(bp: u32) -> Discount {
    Discount::Percent { basis_points: bp }
}

fn welcome10() -> UsablePromotion {
    promotion(
        "WELCOME10",
        percent(1_000),
        Some(&[ProductKind::Domain, ProductKind::WebHosting]),
    )
    .usable(0, NOW)
    .unwrap()
}

fn price(
    cart: &Cart,
    currency: Currency,
    b: &Buyer,
    vouchers: &[UsableVoucher],
    promotion: Option<&UsablePromotion>,
) -> Result<PricedCart, CartError> {
    price_cart(
        &catalogue(),
        cart,
        currency,
        &swiss(),
        b,
        day(),
        vouchers,
        promotion,
    )
}

fn amounts(line: &PricedLine) -> (i64, i64, i64) {
    (line.net().minor, line.vat().minor, line.gross().minor)
}

fn totals(cart: &PricedCart) -> (i64, i64, i64) {
    (cart.net().minor, cart.tax().minor, cart.gross().minor)
}

/// Gross = Σ bases + Σ taxes, and the sums of the lines' amounts.
fn assert_adds_up(cart: &PricedCart) {
    let c = cart.currency();
    let s = cart.summary();
    assert_eq!(s.net().checked_add(s.tax()).unwrap(), *s.gross());
    let sum = |f: fn(&PricedLine) -> &Money| Money::sum(c, cart.lines().iter().map(f)).unwrap();
    assert_eq!(sum(PricedLine::net), *s.net());
    assert_eq!(sum(PricedLine::vat), *s.tax());
    assert_eq!(sum(PricedLine::gross), *s.gross());
    for line in cart.lines() {
        assert_eq!(line.net().checked_add(line.vat()).unwrap(), *line.gross());
    }
}

fn shop_cart() -> Cart {
    let c = catalogue();
    Cart {
        lines: vec![
            CartLine::domain(&c, "Shop.CH", years(1))
                .unwrap()
                .with_option(ProductKind::DomainPrivacy),
            CartLine::product(ProductKind::WebHosting, "Shop website", years(1)),
        ],
    }
}

fn line_error(result: Result<PricedCart, CartError>) -> (usize, Option<ProductKind>, CartProblem) {
    match result {
        Err(CartError::Line {
            line,
            option,
            problem,
        }) => (line, option, problem),
        other => panic!("expected a line refusal, got {other:?}"),
    }
}

#[test]
fn each_line_has_its_price_its_vat_and_its_price_with_vat() {
    let cart = shop_cart();
    assert_eq!(cart.lines[0].name, "shop.ch");
    assert_eq!(cart.lines[0].extension.as_deref(), Some(".ch"));
    let priced = price(&cart, Currency::Chf, &buyer("CH", None), &[], None).unwrap();
    assert_eq!(priced.vat().treatment, VatTreatment::Domestic);
    assert_eq!(priced.vat().rate, TaxRate::standard(810));
    let lines: Vec<_> = priced.lines().iter().map(amounts).collect();
    // 16.00 + 1.296 → 1.30; privacy 6.00 + 0.486 → 0.49; hosting 99.00 + 8.019 → 8.02
    assert_eq!(
        lines,
        vec![(1600, 130, 1730), (600, 49, 649), (9900, 802, 10_702)]
    );
    match &priced.lines()[1].item {
        LineItem::Product {
            kind, option_of, ..
        } => assert_eq!((*kind, *option_of), (ProductKind::DomainPrivacy, Some(0))),
        other => panic!("{other:?}"),
    }
    assert_eq!(totals(&priced), (12_100, 981, 13_081));
    assert_adds_up(&priced);
    assert!(priced.vouchers().is_empty());
    assert_eq!(priced.promotion_code(), None);
}

#[test]
fn the_buyer_decides_the_rate_of_every_line() {
    let cart = shop_cart();
    let french = price(&cart, Currency::Eur, &buyer("FR", None), &[], None).unwrap();
    assert_eq!(french.vat().treatment, VatTreatment::BuyerCountry);
    // EUR 16.50 + 20 % = 3.30; 6.00 → 1.20; 95.00 → 19.00
    assert_eq!(totals(&french), (11_750, 2_350, 14_100));
    let german = price(
        &cart,
        Currency::Eur,
        &buyer("DE", Some("DE123456789")),
        &[],
        None,
    )
    .unwrap();
    assert_eq!(german.vat().treatment, VatTreatment::ReverseCharge);
    assert_eq!(totals(&german), (11_750, 0, 11_750));
    assert!(german.summary().has_reverse_charge());
    let american = price(&cart, Currency::Chf, &buyer("US", None), &[], None).unwrap();
    assert_eq!(american.vat().treatment, VatTreatment::Export);
    assert_eq!(totals(&american), (12_100, 0, 12_100));
    // A malformed VAT number of an EU buyer is not silently taxed.
    let typo = price(&cart, Currency::Eur, &buyer("DE", Some("DE12")), &[], None);
    assert!(matches!(typo, Err(CartError::Tax(_))));
    assert!(matches!(
        AppError::from(typo.unwrap_err()),
        AppError::Internal { .. }
    ));
}

#[test]
fn several_years_are_priced_up_to_the_catalogues_limit() {
    let c = catalogue();
    let ch = |n| Cart {
        lines: vec![CartLine::domain(&c, "shop.ch", years(n))
            .unwrap()
            .with_option(ProductKind::RenewalWarranty)],
    };
    let ten = price(&ch(10), Currency::Chf, &buyer("CH", None), &[], None).unwrap();
    let nets: Vec<i64> = ten.lines().iter().map(|l| l.net().minor).collect();
    assert_eq!(nets, vec![16_000, 4_000]);
    let hosting = |p| Cart {
        lines: vec![CartLine::product(ProductKind::WebHosting, "site", p)],
    };
    let three = price(
        &hosting(years(3)),
        Currency::Chf,
        &buyer("CH", None),
        &[],
        None,
    )
    .unwrap();
    assert_eq!(three.net().minor, 29_700);
    let monthly = price(
        &hosting(months(1)),
        Currency::Chf,
        &buyer("CH", None),
        &[],
        None,
    );
    assert_eq!(monthly.unwrap().net().minor, 990);

    let refused =
        |cart: &Cart| line_error(price(cart, Currency::Chf, &buyer("CH", None), &[], None));
    assert_eq!(
        refused(&hosting(years(4))),
        (0, None, CartProblem::TooManyYears { max: 3 })
    );
    assert_eq!(
        refused(&hosting(months(3))),
        (0, None, CartProblem::PeriodNotOffered)
    );
    let one = |kind, p| Cart {
        lines: vec![CartLine::product(kind, "x", p)],
    };
    // Monthly only; a yearly period without `max_years` is one year at a time.
    assert_eq!(
        refused(&one(ProductKind::CloudServer, years(1))),
        (0, None, CartProblem::PeriodNotOffered)
    );
    assert_eq!(
        refused(&one(ProductKind::CloudServer, years(2))),
        (0, None, CartProblem::PeriodNotOffered)
    );
    assert_eq!(
        refused(&one(ProductKind::SslCertificate, years(2))),
        (0, None, CartProblem::TooManyYears { max: 1 })
    );
    // .de is registered one year at a time; a domain is never ordered by the month.
    let de = Cart {
        lines: vec![CartLine::domain(&c, "shop.de", years(2)).unwrap()],
    };
    assert_eq!(
        refused(&de),
        (0, None, CartProblem::TooManyYears { max: 1 })
    );
    let monthly_domain = Cart {
        lines: vec![CartLine::domain(&c, "shop.ch", months(6)).unwrap()],
    };
    assert_eq!(
        refused(&monthly_domain),
        (0, None, CartProblem::PeriodNotOffered)
    );
}

#[test]
fn lines_the_catalogue_does_not_sell_are_refused_with_their_line() {
    let c = catalogue();
    assert_eq!(
        CartLine::domain(&c, "shop.xyz", years(1)),
        Err(CartProblem::ExtensionNotSold)
    );
    let refused = |catalogue: &ValidCatalogue, cart: &Cart| {
        line_error(price_cart(
            catalogue,
            cart,
            Currency::Chf,
            &swiss(),
            &buyer("CH", None),
            day(),
            &[],
            None,
        ))
    };
    let hosting = CartLine::product(ProductKind::WebHosting, "site", months(1));
    let cart = Cart {
        lines: vec![
            hosting.clone(),
            CartLine::product(ProductKind::Backup, "nightly", months(1)),
        ],
    };
    assert_eq!(
        refused(&small_catalogue(), &cart),
        (1, None, CartProblem::NotSold)
    );
    // A name without a sold extension, or a line naming another extension than its name's.
    let mut unknown = CartLine::domain(&c, "shop.ch", years(1)).unwrap();
    unknown.name = "shop.xyz".into();
    let mut mismatch = CartLine::domain(&c, "shop.ch", years(1)).unwrap();
    mismatch.extension = Some(".li".into());
    for line in [unknown, mismatch] {
        let cart = Cart {
            lines: vec![hosting.clone(), line],
        };
        assert_eq!(refused(&c, &cart), (1, None, CartProblem::ExtensionNotSold));
    }
    // The option is sold by one catalogue and not by the other.
    let with_privacy = Cart {
        lines: vec![CartLine::domain(&c, "shop.ch", years(1))
            .unwrap()
            .with_option(ProductKind::DomainPrivacy)],
    };
    assert_eq!(
        refused(&small_catalogue(), &with_privacy),
        (0, Some(ProductKind::DomainPrivacy), CartProblem::NotSold)
    );
    assert_eq!(
        AppError::from(CartError::Line {
            line: 0,
            option: None,
            problem: CartProblem::NotSold
        }),
        AppError::conflict("cart-not-sold")
    );
}

#[test]
fn options_belong_to_their_kind_once_and_follow_its_period() {
    let c = catalogue();
    let refused = |line: CartLine| {
        line_error(price(
            &Cart { lines: vec![line] },
            Currency::Chf,
            &buyer("CH", None),
            &[],
            None,
        ))
    };
    let hosting = CartLine::product(ProductKind::WebHosting, "site", years(1));
    assert_eq!(
        refused(hosting.with_option(ProductKind::DomainPrivacy)),
        (
            0,
            Some(ProductKind::DomainPrivacy),
            CartProblem::OptionInvalid
        )
    );
    let domain = CartLine::domain(&c, "shop.ch", years(2)).unwrap();
    assert_eq!(
        refused(domain.clone().with_option(ProductKind::WebHosting)),
        (0, Some(ProductKind::WebHosting), CartProblem::OptionInvalid)
    );
    assert_eq!(
        refused(
            domain
                .clone()
                .with_option(ProductKind::DomainPrivacy)
                .with_option(ProductKind::DomainPrivacy)
        ),
        (
            0,
            Some(ProductKind::DomainPrivacy),
            CartProblem::OptionInvalid
        )
    );
    let both = domain
        .with_option(ProductKind::DomainPrivacy)
        .with_option(ProductKind::RenewalWarranty);
    let priced = price(
        &Cart { lines: vec![both] },
        Currency::Chf,
        &buyer("CH", None),
        &[],
        None,
    )
    .unwrap();
    let nets: Vec<i64> = priced.lines().iter().map(|l| l.net().minor).collect();
    assert_eq!(nets, vec![3_200, 1_200, 800], "two years of each");
}

#[test]
fn a_voucher_makes_one_matching_line_free_and_reverses_its_tax_exactly() {
    let c = catalogue();
    let two_domains = Cart {
        lines: vec![
            CartLine::domain(&c, "one.ch", years(1)).unwrap(),
            CartLine::domain(&c, "two.ch", years(1)).unwrap(),
        ],
    };
    let free_ch = voucher(1, ProductKind::Domain, Some(".ch"), years(1));
    let priced = price(
        &two_domains,
        Currency::Chf,
        &buyer("CH", None),
        &[usable(free_ch.clone())],
        None,
    )
    .unwrap();
    let lines: Vec<_> = priced.lines().iter().map(amounts).collect();
    assert_eq!(
        lines,
        vec![(1600, 130, 1730), (1600, 130, 1730), (-1600, -130, -1730)]
    );
    assert_eq!(
        priced.lines()[2].item,
        LineItem::Voucher {
            voucher: free_ch.id,
            frees: 0
        }
    );
    assert_eq!(totals(&priced), (1600, 130, 1730));
    assert_eq!(priced.vouchers(), vec![free_ch.id]);
    assert_adds_up(&priced);

    // Whatever the price and the rate, the free line costs exactly nothing.
    for (b, currency) in [
        (buyer("CH", None), Currency::Chf),
        (buyer("FR", None), Currency::Eur),
        (buyer("IT", None), Currency::Eur),
        (buyer("DE", Some("DE123456789")), Currency::Eur),
    ] {
        for n in [1, 3, 7] {
            let cart = Cart {
                lines: vec![CartLine::domain(&c, "x.swiss", years(n)).unwrap()],
            };
            let v = voucher(2, ProductKind::Domain, None, years(n));
            let priced = price(&cart, currency, &b, &[usable(v)], None).unwrap();
            assert_eq!(totals(&priced), (0, 0, 0), "{b:?} {n}");
            assert_adds_up(&priced);
        }
    }
}

#[test]
fn a_voucher_is_for_its_kind_extension_and_period_only() {
    let c = catalogue();
    let cart = Cart {
        lines: vec![
            CartLine::domain(&c, "shop.ch", years(2))
                .unwrap()
                .with_option(ProductKind::DomainPrivacy),
            CartLine::product(ProductKind::WebHosting, "site", months(1)),
        ],
    };
    let wrong = |v: Voucher| {
        let id = v.id;
        let result = price(&cart, Currency::Chf, &buyer("CH", None), &[usable(v)], None);
        assert_eq!(
            result.unwrap_err(),
            CartError::Voucher {
                voucher: id,
                refusal: VoucherRefusal::WrongProduct
            }
        );
    };
    wrong(voucher(1, ProductKind::Domain, Some(".ch"), years(1)));
    wrong(voucher(2, ProductKind::Domain, Some(".li"), years(2)));
    wrong(voucher(3, ProductKind::WebHosting, None, years(1)));
    // Options are lines of their own kind: a voucher can free one.
    let privacy = voucher(4, ProductKind::DomainPrivacy, None, years(2));
    let priced = price(
        &cart,
        Currency::Chf,
        &buyer("CH", None),
        &[usable(privacy)],
        None,
    )
    .unwrap();
    assert_eq!(priced.net().minor, 3_200 + 990);

    // One line, two vouchers for it: the second finds nothing left to free.
    let a = voucher(5, ProductKind::Domain, None, years(2));
    let b = voucher(6, ProductKind::Domain, Some(".ch"), years(2));
    let err = price(
        &cart,
        Currency::Chf,
        &buyer("CH", None),
        &[usable(a.clone()), usable(b.clone())],
        None,
    )
    .unwrap_err();
    assert_eq!(
        err,
        CartError::Voucher {
            voucher: b.id,
            refusal: VoucherRefusal::WrongProduct
        }
    );
    // The same voucher twice is used once.
    let twice = Cart {
        lines: vec![cart.lines[0].clone(), cart.lines[0].clone()],
    };
    let err = price(
        &twice,
        Currency::Chf,
        &buyer("CH", None),
        &[usable(a.clone()), usable(a.clone())],
        None,
    )
    .unwrap_err();
    assert_eq!(AppError::from(err), AppError::conflict("voucher-used"));
}

#[test]
fn a_voucher_is_its_organisations_unused_and_unexpired() {
    let v = voucher(1, ProductKind::Domain, Some(".ch"), years(1));
    assert_eq!(v.check(org(1), NOW), Ok(()));
    assert_eq!(v.check(org(2), NOW), Err(VoucherRefusal::OtherOrganisation));
    assert_eq!(v.check(org(1), v.expires_at), Err(VoucherRefusal::Expired));
    assert_eq!(v.check(org(1), v.expires_at - 1), Ok(()));
    let used = Voucher {
        used_at: Some(NOW - 1),
        used_order: Some("order-1".into()),
        ..v.clone()
    };
    assert_eq!(used.check(org(1), NOW), Err(VoucherRefusal::Used));
    // Another organisation learns nothing of its state.
    assert_eq!(
        used.check(org(2), v.expires_at + 1),
        Err(VoucherRefusal::OtherOrganisation)
    );
    assert_eq!(
        used.clone().usable(org(1), NOW).unwrap_err(),
        VoucherRefusal::Used
    );

    // The whole rule for a line.
    let line = |v: &Voucher, ext| v.check_line(org(1), NOW, ProductKind::Domain, ext, years(1));
    assert_eq!(line(&v, Some("CH")), Ok(()));
    assert_eq!(line(&v, Some(".li")), Err(VoucherRefusal::WrongProduct));
    assert_eq!(line(&used, Some(".li")), Err(VoucherRefusal::Used));
    let any = voucher(2, ProductKind::Domain, None, years(1));
    assert!(any.applies_to(ProductKind::Domain, Some(".li"), years(1)));
    assert!(!any.applies_to(ProductKind::Domain, Some(".li"), years(2)));
    assert!(!any.applies_to(ProductKind::DomainPrivacy, None, years(1)));
    assert!(!v.applies_to(ProductKind::Domain, None, years(1)));
    assert_eq!(v.describe(), "domain .ch, 1 year");
    let codes: Vec<_> = VoucherRefusal::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(
        codes,
        [
            "voucher-expired",
            "voucher-used",
            "voucher-wrong-product",
            "voucher-other-organisation"
        ]
    );
}

#[test]
fn a_voucher_grant_is_checked_against_the_catalogue() {
    let c = catalogue();
    let grant = |kind, extension: Option<&str>, period, expires_at| {
        NewVoucher {
            kind,
            extension: extension.map(str::to_owned),
            period,
            expires_at,
        }
        .check(&c, NOW)
    };
    let ok = grant(ProductKind::Domain, Some("CH"), years(1), NOW + 1).unwrap();
    assert_eq!(ok.extension.as_deref(), Some(".ch"));
    assert!(grant(ProductKind::Domain, None, years(5), NOW + 1).is_ok());
    assert!(grant(ProductKind::WebHosting, None, months(1), NOW + 1).is_ok());
    assert_eq!(
        grant(ProductKind::WebHosting, Some(".ch"), years(1), NOW + 1),
        Err(GrantProblem::ExtensionNotForKind(ProductKind::WebHosting))
    );
    assert_eq!(
        grant(ProductKind::Domain, Some("xyz"), years(1), NOW + 1),
        Err(GrantProblem::ExtensionNotSold(".xyz".into()))
    );
    assert_eq!(
        grant(ProductKind::Domain, Some(".de"), years(2), NOW + 1)
            .unwrap_err()
            .to_string(),
        "domain .de cannot be ordered for 2 years"
    );
    assert_eq!(
        grant(ProductKind::Domain, None, months(3), NOW + 1)
            .unwrap_err()
            .to_string(),
        "domain cannot be ordered for 3 months"
    );
    assert_eq!(
        grant(ProductKind::CloudServer, None, years(1), NOW + 1),
        Err(GrantProblem::PeriodNotOffered {
            kind: ProductKind::CloudServer,
            extension: None,
            period: years(1)
        })
    );
    assert_eq!(
        grant(ProductKind::Domain, Some(".ch"), years(1), NOW),
        Err(GrantProblem::ExpiryPast)
    );
    let small = NewVoucher {
        kind: ProductKind::Backup,
        extension: None,
        period: months(1),
        expires_at: NOW + 1,
    }
    .check(&small_catalogue(), NOW);
    assert_eq!(small, Err(GrantProblem::KindNotSold(ProductKind::Backup)));
}

#[test]
fn a_percentage_is_one_discount_line_with_its_own_tax() {
    let priced = price(
        &shop_cart(),
        Currency::Chf,
        &buyer("CH", None),
        &[],
        Some(&welcome10()),
    )
    .unwrap();
    // 10 % of the domain and the hosting (not the privacy option): 115.00 × 10 % = 11.50,
    // its tax −0.9315 → −0.93.
    let last = priced.lines().last().unwrap();
    assert_eq!(amounts(last), (-1150, -93, -1243));
    match &last.item {
        LineItem::Promotion {
            code, applies_to, ..
        } => {
            assert_eq!(code, "WELCOME10");
            assert_eq!(applies_to, &vec![0, 2]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(totals(&priced), (10_950, 888, 11_838));
    assert_eq!(priced.promotion_code(), Some("WELCOME10"));
    assert_adds_up(&priced);
}

#[test]
fn percentages_round_half_away_from_zero_to_the_minor_unit() {
    let monthly = Cart {
        lines: vec![CartLine::product(
            ProductKind::WebHosting,
            "site",
            months(1),
        )],
    };
    let discount = |bp: u32| {
        let p = promotion("P", percent(bp), None).usable(0, NOW).unwrap();
        let priced = price(&monthly, Currency::Chf, &buyer("CH", None), &[], Some(&p)).unwrap();
        assert_adds_up(&priced);
        amounts(priced.lines().last().unwrap())
    };
    // 9.90 × 5 % = 0.495 → 0.50, its tax −0.0405 → −0.04
    assert_eq!(discount(500), (-50, -4, -54));
    // 9.90 × 15 % = 1.485 → 1.49, tax −0.12069 → −0.12
    assert_eq!(discount(1_500), (-149, -12, -161));
    // 9.90 × 12.5 % = 1.2375 → 1.24
    assert_eq!(discount(1_250).0, -124);
    // 9.90 × 0.01 % = 0.00099 → 0.00: a line of nothing, still the code's
    assert_eq!(discount(1), (0, 0, 0));
    // 100 % takes everything off, tax included.
    assert_eq!(discount(10_000), (-990, -80, -1070));

    // Two .ch at 16.00: 1.296 → 1.30 each, while 8.1 % of 32.00 is 2.592 → 2.59. Taking
    // everything off reverses the lines themselves, so the order costs exactly nothing.
    let c = catalogue();
    let two = Cart {
        lines: vec![
            CartLine::domain(&c, "one.ch", years(1)).unwrap(),
            CartLine::domain(&c, "two.ch", years(1)).unwrap(),
        ],
    };
    let all = promotion("ALL", percent(10_000), None)
        .usable(0, NOW)
        .unwrap();
    let priced = price(&two, Currency::Chf, &buyer("CH", None), &[], Some(&all)).unwrap();
    assert_eq!(
        amounts(priced.lines().last().unwrap()),
        (-3200, -260, -3460)
    );
    assert_eq!(totals(&priced), (0, 0, 0));
    let most = promotion("MOST", percent(9_999), None)
        .usable(0, NOW)
        .unwrap();
    let priced = price(&two, Currency::Chf, &buyer("CH", None), &[], Some(&most)).unwrap();
    // 32.00 × 99.99 % = 31.9968 → 32.00 (rounded to everything): reversed exactly too.
    assert_eq!(totals(&priced), (0, 0, 0));
    assert_adds_up(&priced);
}

#[test]
fn a_fixed_amount_is_in_its_currency_and_never_more_than_the_lines() {
    let spring5 = promotion("SPRING5", Discount::Amount(chf(500)), None)
        .usable(0, NOW)
        .unwrap();
    let priced = price(
        &shop_cart(),
        Currency::Chf,
        &buyer("CH", None),
        &[],
        Some(&spring5),
    )
    .unwrap();
    // CHF 5.00 off, its tax −0.405 → −0.41
    assert_eq!(amounts(priced.lines().last().unwrap()), (-500, -41, -541));
    assert_adds_up(&priced);
    let eur = price(
        &shop_cart(),
        Currency::Eur,
        &buyer("FR", None),
        &[],
        Some(&spring5),
    );
    assert_eq!(
        eur.unwrap_err(),
        CartError::Promotion(PromotionRefusal::WrongCurrency)
    );
    // More than the lines it applies to cost: it takes off what they cost.
    let big = promotion(
        "BIG",
        Discount::Amount(chf(50_000)),
        Some(&[ProductKind::Domain]),
    )
    .usable(0, NOW)
    .unwrap();
    let priced = price(
        &shop_cart(),
        Currency::Chf,
        &buyer("CH", None),
        &[],
        Some(&big),
    )
    .unwrap();
    assert_eq!(
        amounts(priced.lines().last().unwrap()),
        (-1600, -130, -1730)
    );
    assert_eq!(totals(&priced), (10_500, 851, 11_351));
    assert_adds_up(&priced);
}

#[test]
fn a_promotion_needs_a_line_it_applies_to_that_is_not_free() {
    let c = catalogue();
    let domain_only = Cart {
        lines: vec![CartLine::domain(&c, "shop.ch", years(1)).unwrap()],
    };
    let free = voucher(1, ProductKind::Domain, Some(".ch"), years(1));
    let err = price(
        &domain_only,
        Currency::Chf,
        &buyer("CH", None),
        &[usable(free.clone())],
        Some(&welcome10()),
    )
    .unwrap_err();
    assert_eq!(
        AppError::from(err),
        AppError::conflict("promotion-wrong-product")
    );
    let backup = Cart {
        lines: vec![CartLine::product(ProductKind::Backup, "nightly", months(1))],
    };
    let err = price(
        &backup,
        Currency::Chf,
        &buyer("CH", None),
        &[],
        Some(&welcome10()),
    );
    assert_eq!(
        err.unwrap_err(),
        CartError::Promotion(PromotionRefusal::WrongProduct)
    );

    // With a voucher freeing the domain, the code applies to the hosting alone.
    let priced = price(
        &shop_cart(),
        Currency::Chf,
        &buyer("CH", None),
        &[usable(free)],
        Some(&welcome10()),
    )
    .unwrap();
    let lines: Vec<_> = priced.lines().iter().map(amounts).collect();
    assert_eq!(
        lines,
        vec![
            (1600, 130, 1730),
            (600, 49, 649),
            (9900, 802, 10_702),
            (-1600, -130, -1730),
            (-990, -80, -1070),
        ]
    );
    assert_eq!(totals(&priced), (9_510, 771, 10_281));
    assert_adds_up(&priced);
}

#[test]
fn totals_add_up_for_every_mix_of_lines_vouchers_and_discounts() {
    let c = catalogue();
    let buyers = [
        (buyer("CH", None), Currency::Chf),
        (buyer("AT", None), Currency::Eur),
        (buyer("DE", Some("DE123456789")), Currency::Eur),
        (buyer("NO", None), Currency::Eur),
    ];
    let names = ["a.ch", "b.swiss", "c.fr", "d.be", "e.com"];
    for (b, currency) in &buyers {
        for bp in [1, 333, 500, 777, 1_250, 3_333, 10_000] {
            for n in 1..=names.len() {
                let mut lines: Vec<CartLine> = names[..n]
                    .iter()
                    .map(|name| {
                        CartLine::domain(&c, name, years(n as u32))
                            .unwrap()
                            .with_option(ProductKind::DomainPrivacy)
                    })
                    .collect();
                lines.push(CartLine::product(
                    ProductKind::MailService,
                    "mail",
                    months(1),
                ));
                let cart = Cart { lines };
                let v = voucher(1, ProductKind::Domain, None, years(n as u32));
                let p = promotion("MIX", percent(bp), None).usable(0, NOW).unwrap();
                let priced = price(&cart, *currency, b, &[usable(v)], Some(&p)).unwrap();
                assert_adds_up(&priced);
                assert!(!priced.gross().is_negative());
            }
        }
    }
}

#[test]
fn a_code_is_checked_for_time_and_limits_in_order() {
    let p = promotion("WELCOME10", percent(1_000), None);
    assert_eq!(p.check(0, NOW), Ok(()));
    assert_eq!(
        p.check(0, p.valid_from - 1),
        Err(PromotionRefusal::NotYetValid)
    );
    assert_eq!(
        p.check(0, NOW + 1_000),
        Err(PromotionRefusal::Expired),
        "valid until is exclusive"
    );
    assert_eq!(
        p.check(1, NOW),
        Err(PromotionRefusal::AlreadyUsed),
        "once per organisation"
    );
    let used_up = Promotion {
        used_count: 1_000,
        ..p.clone()
    };
    assert_eq!(used_up.check(0, NOW), Err(PromotionRefusal::UsedUp));
    assert_eq!(
        used_up.clone().usable(0, NOW).unwrap_err(),
        PromotionRefusal::UsedUp
    );
    let unlimited = Promotion {
        valid_until: None,
        max_uses: None,
        max_per_org: None,
        used_count: 1_000_000,
        ..p
    };
    assert_eq!(unlimited.check(1_000, i64::MAX), Ok(()));
    assert!(unlimited.applies_to(ProductKind::Backup));
    let codes: Vec<_> = PromotionRefusal::ALL.iter().map(|r| r.code()).collect();
    assert_eq!(
        codes,
        [
            "promotion-unknown",
            "promotion-not-yet-valid",
            "promotion-expired",
            "promotion-used-up",
            "promotion-already-used",
            "promotion-wrong-product",
            "promotion-wrong-currency"
        ]
    );
}

#[test]
fn codes_are_case_insensitive_and_amounts_exact() {
    assert_eq!(normalise_code(" welcome10 ").as_deref(), Some("WELCOME10"));
    assert_eq!(normalise_code("Spring_5-x").as_deref(), Some("SPRING_5-X"));
    for bad in ["", "ab", "WELCOME 10", "café10", "a;b", &"X".repeat(33)] {
        assert_eq!(normalise_code(bad), None, "{bad:?}");
    }
    assert_eq!(parse_percent("10"), Some(1_000));
    assert_eq!(parse_percent("12.5"), Some(1_250));
    assert_eq!(parse_percent("0.01"), Some(1));
    assert_eq!(parse_percent("100"), Some(10_000));
    for bad in [
        "0", "0.00", "100.01", "1.234", "-5", "10.", ".5", "1e2", "ten", "",
    ] {
        assert_eq!(parse_percent(bad), None, "{bad:?}");
    }
    assert_eq!(parse_amount("5.00", Currency::Chf), Some(chf(500)));
    assert_eq!(parse_amount("5", Currency::Chf), Some(chf(500)));
    assert_eq!(
        parse_amount("0.05", Currency::Eur),
        Some(Money::new(5, Currency::Eur))
    );
    for bad in ["0", "0.00", "5.001", "-5", "5,00", "99999999999999999999"] {
        assert_eq!(parse_amount(bad, Currency::Chf), None, "{bad:?}");
    }
    assert_eq!(percent(1_000).to_string(), "10 %");
    assert_eq!(percent(1_250).to_string(), "12.5 %");
    assert_eq!(percent(1).to_string(), "0.01 %");
    assert_eq!(Discount::Amount(chf(500)).to_string(), "CHF 5.00");
}

#[test]
fn a_new_code_is_checked_field_by_field() {
    let base = NewPromotion {
        code: "welcome10".into(),
        discount: percent(1_000),
        periods: 1,
        kinds: Some(BTreeSet::from([ProductKind::Domain])),
        valid_from: NOW,
        valid_until: Some(NOW + 1),
        max_uses: Some(1_000),
        max_per_org: Some(1),
    };
    assert_eq!(base.clone().check(NOW).unwrap().code, "WELCOME10");
    let refused = |p: NewPromotion| p.check(NOW).unwrap_err();
    assert_eq!(
        refused(NewPromotion {
            code: "no".into(),
            ..base.clone()
        }),
        PromotionProblem::CodeMalformed
    );
    assert_eq!(
        refused(NewPromotion {
            discount: percent(10_001),
            ..base.clone()
        }),
        PromotionProblem::PercentOutOfRange
    );
    assert_eq!(
        refused(NewPromotion {
            discount: Discount::Amount(chf(0)),
            ..base.clone()
        }),
        PromotionProblem::AmountNotPositive
    );
    assert_eq!(
        refused(NewPromotion {
            periods: 0,
            ..base.clone()
        }),
        PromotionProblem::PeriodsOutOfRange
    );
    assert_eq!(
        refused(NewPromotion {
            kinds: Some(BTreeSet::new()),
            ..base.clone()
        }),
        PromotionProblem::NoKinds
    );
    assert_eq!(
        refused(NewPromotion {
            valid_from: NOW + 10,
            valid_until: Some(NOW + 5),
            ..base.clone()
        }),
        PromotionProblem::EndsBeforeStart
    );
    assert_eq!(
        refused(NewPromotion {
            valid_from: NOW - 10,
            valid_until: Some(NOW - 5),
            ..base.clone()
        }),
        PromotionProblem::EndsInThePast
    );
    assert_eq!(
        refused(NewPromotion {
            max_per_org: Some(0),
            ..base.clone()
        }),
        PromotionProblem::ZeroLimit
    );
    assert_eq!(
        refused(NewPromotion {
            max_uses: Some(1),
            max_per_org: Some(2),
            ..base
        }),
        PromotionProblem::PerOrgAboveTotal
    );
}

#[test]
fn every_refusal_is_a_listed_conflict_reason() {
    for reason in conflict_reasons() {
        assert!(
            AppError::CONFLICT_REASONS.contains(&reason),
            "{reason} missing from AppError::CONFLICT_REASONS"
        );
    }
    assert_eq!(conflict_reasons().len(), 17);
}

#[test]
fn a_restore_fee_is_its_own_line_and_only_for_extensions_that_have_one() {
    let c = catalogue();
    let cart = Cart {
        lines: vec![CartLine::domain(&c, "bakery.fr", years(1))
            .unwrap()
            .with_restore_fee()],
    };
    let priced = price(&cart, Currency::Chf, &buyer("CH", None), &[], None).unwrap();
    assert_eq!(priced.lines().len(), 2);
    assert!(matches!(
        &priced.lines()[1].item,
        LineItem::RestoreFee { cart_line: 0, extension } if extension == ".fr"
    ));
    assert_eq!(priced.lines()[1].net(), &chf(7_500));
    assert_eq!(priced.net(), &chf(1_400 + 7_500));

    // A promotion does not discount the fee.
    let ten = welcome10();
    let priced = price(&cart, Currency::Chf, &buyer("CH", None), &[], Some(&ten)).unwrap();
    assert_eq!(priced.lines().last().unwrap().net(), &chf(-140));

    let ch = Cart {
        lines: vec![CartLine::domain(&c, "bakery.ch", years(1))
            .unwrap()
            .with_restore_fee()],
    };
    let err = price(&ch, Currency::Chf, &buyer("CH", None), &[], None).unwrap_err();
    assert_eq!(
        err.code(),
        Some("cart-no-restore-fee"),
        ".ch is released at once"
    );
    let hosting = Cart {
        lines: vec![CartLine::product(ProductKind::WebHosting, "Shop", years(1)).with_restore_fee()],
    };
    let err = price(&hosting, Currency::Chf, &buyer("CH", None), &[], None).unwrap_err();
    assert_eq!(err.code(), Some("cart-no-restore-fee"));
}

#[test]
fn a_continuing_code_discounts_only_the_renewals_it_was_given_for() {
    let cart = Cart {
        lines: vec![
            CartLine::product(ProductKind::WebHosting, "Shop", years(1)),
            CartLine::product(ProductKind::WebHosting, "Blog", years(1)),
        ],
    };
    // Past its dates and used up: still honoured for the products ordered with it.
    let mut code = promotion("TEN", percent(1_000), None);
    code.valid_until = Some(NOW - 1);
    code.used_count = 1_000;
    let continuing = code.continuing(vec![1]);
    assert!(continuing.is_continuing());
    let priced = price(
        &cart,
        Currency::Chf,
        &buyer("CH", None),
        &[],
        Some(&continuing),
    )
    .unwrap();
    let discount = priced.lines().last().unwrap();
    assert!(
        matches!(&discount.item, LineItem::Promotion { applies_to, .. } if applies_to == &vec![1])
    );
    assert_eq!(discount.net().minor, -priced.lines()[1].net().minor / 10);
}
