//! Printable documents. [`invoice::render`] lays out a final invoice or a pro forma on A4
//! pages (with the Swiss QR-bill payment part when it is for a bank transfer) and returns
//! the PDF. The caller translates and formats every text in the recipient's language and
//! region; this crate only places it.

mod canvas;
mod fonts;
pub mod invoice;
mod payment_part;

pub use invoice::{render, InvoiceDoc, InvoiceLine, PaymentPart, PaymentPartLabels, TotalRow};

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the PDF writer failed: {0}")]
    Pdf(String),
    #[error("the payment part's code could not be made: {0}")]
    QrCode(String),
}
