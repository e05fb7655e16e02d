//! The Swiss QR-bill (Swiss Payment Standards, *Implementation Guidelines for the QR-bill*,
//! version 2.3): the data of its Swiss QR Code and the checks a bank's scanner makes, so a
//! pro forma's payment part is never refused at the counter.
//!
//! - [`iban`]: account numbers (ISO 13616 check digits) and QR-IBANs (institution ids
//!   30000–31999), which alone may carry a QR reference.
//! - [`reference`]: the 27-digit QR reference (recursive modulo 10) and the ISO 11649
//!   creditor reference (`RF`, modulo 97) derived from an order's number, which a
//!   bank-to-customer notification (camt.054) later names.
//! - [`payload`]: the code's text, element by element, with the standard's field lengths
//!   and character set; structured addresses only (type `S`; the combined type `K` is no
//!   longer accepted since November 2025).

pub mod iban;
pub mod payload;
pub mod reference;

pub use iban::Iban;
pub use payload::{Address, QrBill, QrBillError};
pub use reference::Reference;
