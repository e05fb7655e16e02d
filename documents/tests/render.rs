//! Renders invoices as a reader receives them and reads them back with Poppler's
//! `pdftotext` and `pdfinfo` (installed by `scripts/setup.sh`): the text a screen reader
//! or a copy-paste gets, the page count, the embedded fonts and the tag tree.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use documents::{render, InvoiceDoc, InvoiceLine, PaymentPart, PaymentPartLabels, TotalRow};
use std::process::Command;

fn line(i: usize) -> InvoiceLine {
    InvoiceLine {
        description: format!("Hébergement web — exemple-{i}.ch"),
        period: "1 an".into(),
        quantity: "1".into(),
        unit_price: "120.00".into(),
        vat: "8.1 %".into(),
        amount: "120.00".into(),
    }
}

fn doc(lines: usize, payment_part: bool) -> InvoiceDoc {
    InvoiceDoc {
        lang: "fr-CH".into(),
        title: "Facture 2026-000042".into(),
        heading: "Facture".into(),
        seller: vec!["Hébergeur SA".into(), "Rue du Marché 1".into(), "1204 Genève".into()],
        buyer: vec!["Müller & Söhne GmbH".into(), "Bahnhofstrasse 12".into(), "8001 Zürich".into()],
        facts: vec![("Numéro".into(), "2026-000042".into()), ("Date".into(), "4 déc. 2026".into())],
        columns: ["Désignation", "Période", "Qté", "Prix unitaire", "TVA", "Montant HT"].map(String::from),
        lines: (0..lines).map(line).collect(),
        totals: vec![
            TotalRow { label: "Total HT".into(), amount: "CHF 120.00".into(), strong: false },
            TotalRow { label: "Total TTC".into(), amount: "CHF 129.70".into(), strong: true },
        ],
        notes: vec!["Payée le 4 déc. 2026 par carte.".into()],
        first_note_strong: false,
        page_label: "Page {page} sur {pages}".into(),
        payment_part: payment_part.then(|| PaymentPart {
            payload: "SPC\n0200\n1\nCH9300762011623852957\nS\nHébergeur SA\nRue du Marché 1\n\n1204\nGenève\nCH\n\n\n\n\n\n\n\n129.70\nCHF\n\n\n\n\n\n\n\nSCOR\nRF18539007547034\nCommande O-2026-000017\nEPD".into(),
            labels: PaymentPartLabels {
                receipt: "Récépissé".into(),
                payment_part: "Section paiement".into(),
                account: "Compte / Payable à".into(),
                reference: "Référence".into(),
                additional_information: "Informations supplémentaires".into(),
                payable_by: "Payable par".into(),
                currency: "Monnaie".into(),
                amount: "Montant".into(),
                acceptance_point: "Point de dépôt".into(),
                separate: "A détacher avant le versement".into(),
                code_description: "Swiss QR Code".into(),
            },
            account_lines: vec!["CH93 0076 2011 6238 5295 7".into(), "Hébergeur SA".into()],
            reference: Some("RF18 5390 0754 7034".into()),
            additional_information: "Commande O-2026-000017".into(),
            debtor_lines: vec!["Müller & Söhne GmbH".into()],
            currency: "CHF".into(),
            amount: "129.70".into(),
        }),
    }
}

fn poppler(tool: &str, pdf: &[u8], name: &str) -> String {
    let dir = std::env::temp_dir().join(format!("mandant-documents-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, pdf).expect("write pdf");
    let mut cmd = Command::new(tool);
    if tool == "pdftotext" {
        cmd.args(["-layout", path.to_str().expect("utf-8 path"), "-"]);
    } else {
        cmd.arg(&path);
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!("{tool} missing ({e}): run scripts/setup.sh, which installs poppler-utils")
    });
    assert!(out.status.success(), "{tool} could not read the PDF");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn pages(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo prints the page count")
}

#[test]
fn an_invoice_reads_back_as_its_text_with_accents_on_one_tagged_page() {
    let pdf = render(&doc(3, false)).expect("renders");
    let text = poppler("pdftotext", &pdf, "short.pdf");
    for expected in [
        "Facture",
        "Müller & Söhne GmbH",
        "Hébergement web — exemple-2.ch",
        "CHF 129.70",
        "Page 1 sur 1",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let info = poppler("pdfinfo", &pdf, "short.pdf");
    assert_eq!(pages(&info), 1);
    let fields: Vec<String> = info
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    for expected in [
        "Tagged: yes",
        "Title: Facture 2026-000042",
        "Page size: 595.276 x 841.89 pts (A4)",
    ] {
        assert!(
            fields.iter().any(|f| f == expected),
            "{expected:?} missing from:\n{info}"
        );
    }
    let fonts = poppler("pdffonts", &pdf, "short.pdf");
    assert!(
        fonts.contains("LiberationSans") && fonts.lines().skip(2).all(|l| l.contains(" yes ")),
        "fonts embedded:\n{fonts}"
    );
}

#[test]
fn many_lines_continue_on_further_pages_and_the_totals_come_once_after_the_last() {
    let pdf = render(&doc(70, false)).expect("renders");
    let text = poppler("pdftotext", &pdf, "long.pdf");
    let pages = pages(&poppler("pdfinfo", &pdf, "long.pdf"));
    assert!(pages >= 3, "70 lines need at least 3 pages, got {pages}");
    assert!(text.contains(&format!("Page {pages} sur {pages}")));
    for i in 0..70 {
        assert!(text.contains(&format!("exemple-{i}.ch")), "line {i} lost");
    }
    assert_eq!(text.matches("Total TTC").count(), 1);
    assert_eq!(
        text.matches("Désignation").count(),
        pages,
        "the header row repeats on each page"
    );
}

#[test]
fn a_pro_forma_for_a_transfer_carries_the_payment_part_with_its_headings() {
    let pdf = render(&doc(2, true)).expect("renders");
    let text = poppler("pdftotext", &pdf, "pro-forma.pdf");
    for expected in [
        "Récépissé",
        "Section paiement",
        "Compte / Payable à",
        "CH93 0076 2011 6238 5295 7",
        "RF18 5390 0754 7034",
        "Point de dépôt",
        "A détacher avant le versement",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    assert_eq!(pages(&poppler("pdfinfo", &pdf, "pro-forma.pdf")), 1);
    // Without a debtor, "payable by" is a blank field to fill in; still one page.
    let mut blank = doc(2, true);
    if let Some(part) = blank.payment_part.as_mut() {
        part.debtor_lines.clear();
    }
    let blank = render(&blank).expect("renders");
    assert_eq!(pages(&poppler("pdfinfo", &blank, "blank.pdf")), 1);
    if let Ok(dir) = std::env::var("MANDANT_DOCUMENTS_OUT") {
        std::fs::write(format!("{dir}/pro-forma-blank.pdf"), &blank).expect("write sample");
        std::fs::write(format!("{dir}/pro-forma.pdf"), &pdf).expect("write sample");
        std::fs::write(
            format!("{dir}/long.pdf"),
            render(&doc(70, true)).expect("renders"),
        )
        .expect("write sample");
    }
}

#[test]
fn the_payment_part_moves_to_a_page_of_its_own_when_the_lines_reach_it() {
    let short = render(&doc(2, true)).expect("renders");
    let long = render(&doc(25, true)).expect("renders");
    assert_eq!(pages(&poppler("pdfinfo", &short, "a.pdf")), 1);
    let long_pages = pages(&poppler("pdfinfo", &long, "b.pdf"));
    assert_eq!(long_pages, 2);
    let text = poppler("pdftotext", &long, "b.pdf");
    let last_page = text.split('\u{c}').nth(1).expect("a second page");
    assert!(last_page.contains("Section paiement"));
}
