//! Use cases that do more than one repository call (a change and the mails announcing it),
//! shared by the console's server functions, the REST API and jobs so that each rule has
//! one implementation. Each commits once.

pub mod credit_notes;
pub mod deposit_slips;
pub mod fulfilment;
pub mod invoice_documents;
pub mod invoice_list;
pub mod mail_addresses;
pub mod ordering;
pub mod payments;
pub mod product_lifecycle;
pub mod products;
pub mod renewals;
pub mod transfers;
