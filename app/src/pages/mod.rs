pub mod auth;
pub mod dashboard;
pub mod home;
pub mod not_found;
pub mod org;
pub mod profile;
