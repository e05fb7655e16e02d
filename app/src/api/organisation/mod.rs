mod accept_succession;
mod add_billing_address;
mod cancel_succession;
mod delete_org;
mod get_deletion_check;
mod get_org_details;
mod get_succession;
mod remove_billing_address;
mod remove_logo;
mod set_two_factor_required;
mod start_succession;
mod update_org;
mod upload_logo;

pub use accept_succession::*;
pub use add_billing_address::*;
pub use cancel_succession::*;
pub use delete_org::*;
pub use get_deletion_check::*;
pub use get_org_details::*;
pub use get_succession::*;
pub use remove_billing_address::*;
pub use remove_logo::*;
pub use set_two_factor_required::*;
pub use start_succession::*;
pub use update_org::*;
pub use upload_logo::*;

/// Validated postal address fields (street, postal code, city, country).
#[cfg(feature = "ssr")]
pub(crate) fn check_address(
    checks: &mut domain::validation::Checks,
    street: &str,
    postal_code: &str,
    city: &str,
    country: &str,
) -> domain::dto::PostalAddress {
    use domain::validation::address_line;
    domain::dto::PostalAddress {
        street: checks.check("street", address_line(street, 200)),
        postal_code: checks.check("postal_code", address_line(postal_code, 16)),
        city: checks.check("city", address_line(city, 100)),
        country: checks.check("country", domain::country::parse(country)),
    }
}

/// Re-checks the signed-in user's password before a guarded action.
#[cfg(feature = "ssr")]
pub async fn confirm_password_as(
    user: &db::users::UserRecord,
    password: String,
    field: &str,
) -> Result<(), domain::AppError> {
    // Re-entered passwords count against the same hourly limits as sign-ins, so a stolen
    // session cannot be used to guess the password.
    let db = crate::api::ssr::db()?;
    let now = db.now_ms();
    let key = format!("account:{}", user.email);
    let attempts = db::throttle::count_attempt(&db, &key, now).await?;
    crate::api::auth::security::admit(attempts, 0, now).await?;
    if crate::api::ssr::password::verify(Some(user.password_hash.clone()), password).await {
        db::throttle::forgive_attempt(&db, &key, now).await?;
        Ok(())
    } else {
        Err(domain::AppError::field(field, "password-wrong"))
    }
}

/// [`confirm_password_as`] for a form whose password field is `password`.
#[cfg(feature = "ssr")]
pub async fn confirm_password(
    user: &db::users::UserRecord,
    password: String,
) -> Result<(), domain::AppError> {
    confirm_password_as(user, password, "password").await
}
