//! The organisation's own details: name, main billing address (its country sets the
//! currency), further billing addresses and logo.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope};
use domain::country::currency_for;
use domain::dto::{BillingAddress, OrgDetails, PostalAddress};
use domain::{AppError, BillingAddressId, Permission};

#[derive(sqlx::FromRow)]
struct OrgRow {
    name: String,
    country: String,
    currency: String,
    street: String,
    postal_code: String,
    city: String,
    require_two_factor: i64,
    time_zone: String,
    vat_number: Option<String>,
}

#[derive(sqlx::FromRow)]
struct AddressRow {
    id: String,
    name: String,
    email: String,
    street: String,
    postal_code: String,
    city: String,
    country: String,
    vat_number: Option<String>,
}

/// Whether money is pending in the organisation's currency (a prepaid balance or unpaid
/// invoices): its currency cannot change then.
pub(crate) async fn money_pending(db: &Db, scope: &OrgScope) -> Result<bool, DbError> {
    let (balance, unpaid): (Option<i64>, i64) = sqlx::query_as(
        "SELECT (SELECT CAST(SUM(amount_minor) AS BIGINT) FROM prepaid_entries WHERE org_id = $1), \
         (SELECT COUNT(*) FROM invoices WHERE org_id = $1 AND paid_at IS NULL AND status IN ('unpaid', 'overdue'))",
    )
    .bind(scope.org_key())
    .fetch_one(db.pool())
    .await?;
    Ok(balance.unwrap_or(0) != 0 || unpaid > 0)
}

pub async fn details(db: &Db, scope: &OrgScope) -> Result<OrgDetails, AppError> {
    scope.require(Permission::OrgView)?;
    let row: OrgRow = sqlx::query_as(
        "SELECT name, country, currency, street, postal_code, city, require_two_factor, \
         time_zone, vat_number FROM organisations WHERE id = $1",
    )
    .bind(scope.org_key())
    .fetch_one(db.pool())
    .await
    .map_err(DbError::from)?;
    // Billing addresses are billing data: only for members who may see invoices.
    let billing_filter = if scope.can(Permission::InvoiceView) {
        ""
    } else {
        "AND 1 = 0"
    };
    let addresses: Vec<AddressRow> = sqlx::query_as(&format!(
        "SELECT id, name, email, street, postal_code, city, country, vat_number \
         FROM billing_addresses \
         WHERE org_id = $1 {billing_filter} ORDER BY created_at, id"
    ))
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let logo_version: Option<i64> =
        sqlx::query_scalar("SELECT updated_at FROM org_logos WHERE org_id = $1")
            .bind(scope.org_key())
            .fetch_optional(db.pool())
            .await
            .map_err(DbError::from)?;
    let billing_addresses = addresses
        .into_iter()
        .map(|a| {
            Ok(BillingAddress {
                id: parse_id(&a.id)?,
                name: a.name,
                email: a.email,
                address: PostalAddress {
                    street: a.street,
                    postal_code: a.postal_code,
                    city: a.city,
                    country: a.country,
                },
                vat_number: a.vat_number,
            })
        })
        .collect::<Result<_, DbError>>()?;
    Ok(OrgDetails {
        id: scope.org_id(),
        name: row.name,
        currency: row.currency,
        address: PostalAddress {
            street: row.street,
            postal_code: row.postal_code,
            city: row.city,
            country: row.country,
        },
        vat_number: row.vat_number,
        billing_addresses,
        logo_version,
        can_update: scope.can(Permission::OrgUpdate),
        require_two_factor: row.require_two_factor == 1,
        currency_locked: money_pending(db, scope).await?,
        time_zone: row.time_zone,
    })
}

/// Saves the name and main address; a new country brings its currency, refused while money
/// is pending in the old one.
pub async fn update(
    db: &Db,
    scope: &OrgScope,
    name: &str,
    address: &PostalAddress,
    vat_number: Option<&str>,
    time_zone: &str,
) -> Result<(), AppError> {
    scope.require(Permission::OrgUpdate)?;
    let currency: String = sqlx::query_scalar("SELECT currency FROM organisations WHERE id = $1")
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    let new_currency = currency_for(&address.country).code();
    if new_currency != currency && money_pending(db, scope).await? {
        return Err(AppError::conflict("currency-locked"));
    }
    sqlx::query(
        "UPDATE organisations SET name = $1, street = $2, postal_code = $3, city = $4, \
         country = $5, currency = $6, time_zone = $7, vat_number = $9 WHERE id = $8",
    )
    .bind(name)
    .bind(&address.street)
    .bind(&address.postal_code)
    .bind(&address.city)
    .bind(&address.country)
    .bind(new_currency)
    .bind(time_zone)
    .bind(scope.org_key())
    .bind(vat_number)
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(())
}

/// At most this many further billing addresses per organisation.
pub const MAX_BILLING_ADDRESSES: i64 = 50;

pub async fn add_billing_address(
    db: &Db,
    scope: &OrgScope,
    name: &str,
    email: &str,
    address: &PostalAddress,
    vat_number: Option<&str>,
) -> Result<BillingAddressId, AppError> {
    scope.require(Permission::OrgUpdate)?;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM billing_addresses WHERE org_id = $1")
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    if count >= MAX_BILLING_ADDRESSES {
        return Err(AppError::conflict("too-many-addresses"));
    }
    let id = BillingAddressId(new_uuid());
    sqlx::query(
        "INSERT INTO billing_addresses (id, org_id, name, email, street, postal_code, city, \
         country, created_at, vat_number) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(id.to_string())
    .bind(scope.org_key())
    .bind(name)
    .bind(email)
    .bind(&address.street)
    .bind(&address.postal_code)
    .bind(&address.city)
    .bind(&address.country)
    .bind(db.now_ms())
    .bind(vat_number)
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(id)
}

pub async fn remove_billing_address(
    db: &Db,
    scope: &OrgScope,
    id: BillingAddressId,
) -> Result<(), AppError> {
    scope.require(Permission::OrgUpdate)?;
    let deleted = sqlx::query("DELETE FROM billing_addresses WHERE id = $1 AND org_id = $2")
        .bind(id.to_string())
        .bind(scope.org_key())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    crate::one_row(deleted.rows_affected())
}

/// Stores an already re-encoded PNG logo, replacing any previous one.
pub async fn set_logo(
    db: &Db,
    scope: &OrgScope,
    png: &[u8],
    width: u32,
    height: u32,
) -> Result<i64, AppError> {
    scope.require(Permission::OrgUpdate)?;
    let now = db.now_ms();
    sqlx::query(
        "INSERT INTO org_logos (org_id, png, width, height, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (org_id) DO UPDATE SET png = excluded.png, width = excluded.width, \
         height = excluded.height, updated_at = excluded.updated_at",
    )
    .bind(scope.org_key())
    .bind(png.to_vec())
    .bind(i64::from(width))
    .bind(i64::from(height))
    .bind(now)
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    Ok(now)
}

/// Switches organisation-wide two-factor enforcement. Whoever switches it on must have a
/// second factor themself (or they would lock themself out at once).
pub async fn set_two_factor_required(
    db: &Db,
    scope: &OrgScope,
    required: bool,
) -> Result<(), AppError> {
    scope.require(Permission::OrgUpdate)?;
    if required && !crate::two_factor::is_enabled(db, scope.user_id()).await? {
        return Err(AppError::conflict("two-factor-off"));
    }
    sqlx::query("UPDATE organisations SET require_two_factor = $1 WHERE id = $2")
        .bind(i64::from(required))
        .bind(scope.org_key())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    Ok(())
}

pub async fn remove_logo(db: &Db, scope: &OrgScope) -> Result<(), AppError> {
    scope.require(Permission::OrgUpdate)?;
    sqlx::query("DELETE FROM org_logos WHERE org_id = $1")
        .bind(scope.org_key())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    Ok(())
}

/// The logo's PNG bytes, for members only.
pub async fn logo(db: &Db, scope: &OrgScope) -> Result<Option<Vec<u8>>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT png FROM org_logos WHERE org_id = $1")
            .bind(scope.org_key())
            .fetch_optional(db.pool())
            .await?,
    )
}
