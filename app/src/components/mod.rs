//! The shared component set (UI.md): build once, reuse everywhere.

pub mod accounting_counts;
pub mod amount;
pub mod button;
pub mod confirm;
pub mod data_table;
pub mod device;
pub mod feedback;
pub mod form;
pub mod icon;
pub mod language_switch;
pub mod menu;
pub mod not_found;
pub mod order_line;
pub mod org_switcher;
pub mod page;
pub mod period;
pub mod push_prompt;
pub mod shell;
pub mod stepper;
pub mod time;
pub mod toast;
pub mod toggle;
pub mod two_factor_required;
pub mod user_menu;

#[cfg(test)]
mod css_classes_test;
