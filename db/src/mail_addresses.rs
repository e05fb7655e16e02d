//! The addresses of a mail service. Managing them needs the right to manage the service
//! (`product_rules::check_manage`); an address exists once in the whole console.

use crate::product_changes::load;
use crate::users::parse_id;
use crate::{Db, DbError, OrgScope, Tx};
use domain::dto::MailAddressRow;
use domain::product_rules::{self, MAIL_SERVICE};
use domain::{AppError, ProductId};

async fn managed_mail_service(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
) -> Result<(), AppError> {
    let loaded = load(tx, scope, product).await?;
    if loaded.facts().kind != MAIL_SERVICE {
        return Err(AppError::conflict("mail-service-only"));
    }
    product_rules::check_manage(scope.access(), loaded.facts())
}

/// The service's addresses, alphabetically (the caller has checked the viewer sees it).
pub async fn list(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
) -> Result<Vec<MailAddressRow>, DbError> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT id, address FROM mail_addresses WHERE org_id = $1 AND product_id = $2 ORDER BY address",
    )
    .bind(scope.org_id().to_string())
    .bind(product.to_string())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|(id, address)| {
            Ok(MailAddressRow {
                id: parse_id(&id)?,
                address,
            })
        })
        .collect()
}

/// Adds an address (already validated and lowercased) to the service.
pub async fn add(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    address: &str,
) -> Result<(), AppError> {
    managed_mail_service(tx, scope, product).await?;
    let inserted = sqlx::query(
        "INSERT INTO mail_addresses (id, org_id, product_id, address, created_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(crate::new_uuid().to_string())
    .bind(scope.org_id().to_string())
    .bind(product.to_string())
    .bind(address)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Ok(_) => Ok(()),
        Err(e) if e.is_unique_violation() => Err(AppError::field("address", "address-taken")),
        Err(e) => Err(e.into()),
    }
}

/// Deletes one address of the service and answers it (for the login move that may follow).
pub async fn remove(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    address: domain::ids::MailAddressId,
) -> Result<String, AppError> {
    managed_mail_service(tx, scope, product).await?;
    let removed: Option<String> = sqlx::query_scalar(
        "DELETE FROM mail_addresses WHERE id = $1 AND org_id = $2 AND product_id = $3 RETURNING address",
    )
    .bind(address.to_string())
    .bind(scope.org_id().to_string())
    .bind(product.to_string())
    .fetch_optional(&mut **tx)
    .await
    .map_err(DbError::from)?;
    removed.ok_or(AppError::NotFound)
}
