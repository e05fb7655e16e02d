//! One product's page and the changes its *Manage* menu makes. Every change is checked by
//! `domain::product_rules`, made with a conditional update (two concurrent changes cannot
//! both pass from the same state) and recorded in the product's history, in the use case's
//! transaction.

use crate::{Db, DbError, OrgScope, Tx};
use domain::dto::{ProductActor, ProductChange, ProductDetail, ProductEvent, ProductListRow};
use domain::product_rules::{self, ProductActions, ProductFacts};
use domain::status::{ProductStatus, Status};
use domain::{AppError, Permission, ProductId};
use sqlx::AnyConnection;

#[derive(sqlx::FromRow)]
struct Row {
    name: String,
    kind: String,
    status: String,
    expires_at: Option<i64>,
    auto_renew: i64,
    management_blocked: i64,
    created_at: i64,
    redemption_until: Option<i64>,
    granted: i64,
}

/// A product as one member sees it.
pub(crate) struct Loaded {
    id: ProductId,
    row: Row,
    status: ProductStatus,
}

impl Loaded {
    pub(crate) fn facts(&self) -> ProductFacts<'_> {
        ProductFacts {
            kind: &self.row.kind,
            status: self.status,
            management_blocked: self.row.management_blocked == 1,
            granted: self.row.granted == 1,
        }
    }
}

/// Reads the product for `scope`'s member: not found outside the organisation, forbidden
/// for a limited member it is not granted to.
pub(crate) async fn load(
    conn: &mut AnyConnection,
    scope: &OrgScope,
    product: ProductId,
) -> Result<Loaded, AppError> {
    scope.require(Permission::ProductView)?;
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT p.name, p.kind, p.status, p.expires_at, p.auto_renew, p.management_blocked, \
         p.created_at, p.redemption_until, CASE WHEN {} THEN 1 ELSE 0 END AS granted \
         FROM products p WHERE p.id = $3 AND p.org_id = $1",
        crate::grants::granted_condition("$1", "$2")
    ))
    .bind(scope.org_key())
    .bind(scope.user_id().to_string())
    .bind(product.to_string())
    .fetch_optional(conn)
    .await
    .map_err(DbError::from)?;
    let row = row.ok_or(AppError::NotFound)?;
    let status = ProductStatus::from_code(&row.status)
        .ok_or_else(|| DbError::Corrupt(format!("product status {}", row.status)))?;
    let loaded = Loaded {
        id: product,
        row,
        status,
    };
    if !scope
        .access()
        .product_rights(loaded.row.granted == 1, false)
        .view
    {
        return Err(AppError::Forbidden);
    }
    Ok(loaded)
}

/// Records one change of a product by the scope's member.
async fn record(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    change: &ProductChange,
) -> Result<(), DbError> {
    let (code, from, to) = change.to_parts();
    let at = tx.now_ms();
    sqlx::query(
        "INSERT INTO product_events (id, product_id, org_id, at, actor_user_id, change, \
         value_from, value_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(crate::new_uuid().to_string())
    .bind(product.to_string())
    .bind(scope.org_key())
    .bind(at)
    .bind(scope.user_id().to_string())
    .bind(code)
    .bind(from)
    .bind(to)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct EventRow {
    at: i64,
    member_name: Option<String>,
    actor_user_id: Option<String>,
    actor_name: Option<String>,
    change: String,
    value_from: Option<String>,
    value_to: Option<String>,
}

async fn history(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
) -> Result<Vec<ProductEvent>, DbError> {
    let rows: Vec<EventRow> = sqlx::query_as(
        "SELECT e.at, u.name AS member_name, e.actor_user_id, e.actor_name, e.change, \
         e.value_from, e.value_to FROM product_events e LEFT JOIN users u ON u.id = e.actor_user_id \
         WHERE e.org_id = $1 AND e.product_id = $2 ORDER BY e.at DESC, e.id DESC LIMIT 200",
    )
    .bind(scope.org_key())
    .bind(product.to_string())
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(|r| {
            let change = ProductChange::from_parts(&r.change, r.value_from, r.value_to)
                .ok_or_else(|| DbError::Corrupt(format!("product change {}", r.change)))?;
            let actor = match (r.actor_user_id, r.actor_name) {
                (Some(_), _) => ProductActor::Member {
                    name: r.member_name.unwrap_or_default(),
                },
                (None, Some(name)) => ProductActor::System { name },
                (None, None) => return Err(DbError::Corrupt("product event without actor".into())),
            };
            Ok(ProductEvent {
                at: r.at,
                actor,
                change,
            })
        })
        .collect()
}

/// One product with its *Manage* menu for this member and its history, newest first.
pub async fn detail(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
) -> Result<ProductDetail, AppError> {
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let loaded = load(&mut conn, scope, product).await?;
    drop(conn);
    let actions = ProductActions::for_member(scope.access(), loaded.facts());
    let management_blocked = loaded.row.management_blocked == 1;
    let can_manage = scope
        .access()
        .product_rights(loaded.row.granted == 1, management_blocked)
        .manage;
    Ok(ProductDetail {
        history: history(db, scope, product).await?,
        created_at: loaded.row.created_at,
        redemption_until: loaded.row.redemption_until,
        restore_fee: None,
        renewal: None,
        addresses: if loaded.row.kind == domain::product_rules::MAIL_SERVICE {
            crate::mail_addresses::list(db, scope, product).await?
        } else {
            Vec::new()
        },
        actions,
        product: ProductListRow {
            id: loaded.id,
            name: loaded.row.name,
            kind: loaded.row.kind,
            status: loaded.status,
            expires_at: loaded.row.expires_at,
            auto_renew: loaded.row.auto_renew == 1,
            management_blocked,
            can_manage,
        },
    })
}

/// Gives the product a new name (already validated). Renaming to the same name changes
/// nothing and records nothing.
pub async fn rename(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    name: &str,
) -> Result<(), AppError> {
    let loaded = load(tx, scope, product).await?;
    product_rules::check_manage(scope.access(), loaded.facts())?;
    if loaded.row.name == name {
        return Ok(());
    }
    let changed =
        sqlx::query("UPDATE products SET name = $1 WHERE id = $2 AND org_id = $3 AND name = $4")
            .bind(name)
            .bind(product.to_string())
            .bind(scope.org_key())
            .bind(&loaded.row.name)
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
    if changed.rows_affected() != 1 {
        return Err(AppError::conflict("changed-meanwhile"));
    }
    let change = ProductChange::Renamed {
        from: loaded.row.name,
        to: name.to_owned(),
    };
    record(tx, scope, product, &change).await?;
    Ok(())
}

/// Switches automatic renewal on or off; the same setting again changes nothing.
pub async fn set_auto_renew(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    on: bool,
) -> Result<(), AppError> {
    let loaded = load(tx, scope, product).await?;
    product_rules::check_manage(scope.access(), loaded.facts())?;
    let changed = sqlx::query(
        "UPDATE products SET auto_renew = $1 WHERE id = $2 AND org_id = $3 AND auto_renew <> $1",
    )
    .bind(i64::from(on))
    .bind(product.to_string())
    .bind(scope.org_key())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if changed.rows_affected() == 1 {
        record(tx, scope, product, &ProductChange::AutoRenewal { on }).await?;
    }
    Ok(())
}

/// What a management block or a maintenance switch did, for the mails that announce it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Changed: the product's name, for the notice.
    Changed { name: String },
    /// It already was so; nobody is told anything.
    Unchanged,
}

/// Blocks (or unblocks) the product's management by limited members. Administrators and
/// legal representatives only; a mail service cannot be blocked (maintenance instead).
pub async fn set_management_blocked(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    blocked: bool,
) -> Result<Outcome, AppError> {
    let loaded = load(tx, scope, product).await?;
    product_rules::check_management_block(scope.access(), loaded.facts())?;
    let changed = sqlx::query(
        "UPDATE products SET management_blocked = $1 \
         WHERE id = $2 AND org_id = $3 AND management_blocked <> $1",
    )
    .bind(i64::from(blocked))
    .bind(product.to_string())
    .bind(scope.org_key())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if changed.rows_affected() == 0 {
        return Ok(Outcome::Unchanged);
    }
    let change = if blocked {
        ProductChange::ManagementBlocked
    } else {
        ProductChange::ManagementUnblocked
    };
    record(tx, scope, product, &change).await?;
    Ok(Outcome::Changed {
        name: loaded.row.name,
    })
}

/// Puts a mail service into maintenance (mail still arrives, mailboxes cannot be read) or
/// takes it out again. Administrators and legal representatives only.
pub async fn set_maintenance(
    tx: &mut Tx,
    scope: &OrgScope,
    product: ProductId,
    on: bool,
) -> Result<Outcome, AppError> {
    let loaded = load(tx, scope, product).await?;
    let Some(to) = product_rules::maintenance_target(scope.access(), loaded.facts(), on)? else {
        return Ok(Outcome::Unchanged);
    };
    let to = loaded
        .status
        .transition(to)
        .map_err(|_| AppError::conflict("product-status"))?;
    let changed = sqlx::query(
        "UPDATE products SET status = $1 WHERE id = $2 AND org_id = $3 AND status = $4",
    )
    .bind(to.code())
    .bind(product.to_string())
    .bind(scope.org_key())
    .bind(loaded.status.code())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if changed.rows_affected() != 1 {
        return Err(AppError::conflict("changed-meanwhile"));
    }
    let change = ProductChange::Status {
        from: loaded.status,
        to,
    };
    record(tx, scope, product, &change).await?;
    Ok(Outcome::Changed {
        name: loaded.row.name,
    })
}
