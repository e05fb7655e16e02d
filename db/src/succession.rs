//! Replacing a legal representative: the current one names a successor among the members
//! (after re-entering their password, checked by the caller); the successor accepts; then the
//! successor becomes legal representative and the predecessor an administrator, in one
//! transaction. One replacement is pending per organisation at a time, for seven days.

use crate::members::lock_org;
use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope, Tx};
use domain::dto::{Succession, SuccessionPage, TeamMember};
use domain::{AppError, Permission, UserId};

pub const SUCCESSION_VALID_MS: i64 = 7 * 24 * 60 * 60 * 1000;

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    from_user: String,
    from_name: String,
    to_user: String,
    to_name: String,
    created_at: i64,
    expires_at: i64,
}

async fn pending_row(
    conn: &mut sqlx::AnyConnection,
    org: &str,
    now: i64,
) -> Result<Option<Row>, DbError> {
    Ok(sqlx::query_as(
        "SELECT t.id, t.from_user, f.name AS from_name, t.to_user, s.name AS to_name, \
         t.created_at, t.expires_at FROM legal_rep_transfers t \
         JOIN users f ON f.id = t.from_user JOIN users s ON s.id = t.to_user \
         WHERE t.org_id = $1 AND t.accepted_at IS NULL AND t.cancelled_at IS NULL \
         AND t.expires_at > $2 ORDER BY t.created_at DESC LIMIT 1",
    )
    .bind(org)
    .bind(now)
    .fetch_optional(conn)
    .await?)
}

fn to_succession(row: &Row) -> Result<Succession, DbError> {
    Ok(Succession {
        from_user: parse_id(&row.from_user)?,
        from_name: row.from_name.clone(),
        to_user: parse_id(&row.to_user)?,
        to_name: row.to_name.clone(),
        created_at: row.created_at,
        expires_at: row.expires_at,
    })
}

/// The pending replacement, if any, and the members the viewer could name.
pub async fn page(db: &Db, scope: &OrgScope) -> Result<SuccessionPage, AppError> {
    scope.require(Permission::OrgView)?;
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let pending = pending_row(&mut conn, &scope.org_key(), db.now_ms())
        .await?
        .as_ref()
        .map(to_succession)
        .transpose()?;
    let candidates = if scope.can(Permission::LegalRepresentativeAppoint) {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.user_id <> $2 ORDER BY LOWER(u.name), u.id",
        )
        .bind(scope.org_key())
        .bind(scope.user_id().to_string())
        .fetch_all(&mut *conn)
        .await
        .map_err(DbError::from)?;
        rows.into_iter()
            .map(|(id, name)| {
                Ok(TeamMember {
                    user_id: parse_id(&id)?,
                    name,
                })
            })
            .collect::<Result<_, DbError>>()?
    } else {
        Vec::new()
    };
    Ok(SuccessionPage {
        pending,
        candidates,
        viewer: scope.user_id(),
    })
}

/// Names `successor` (a member other than oneself); replaces any pending replacement.
pub async fn start(db: &Db, scope: &OrgScope, successor: UserId) -> Result<(), AppError> {
    scope.require(Permission::LegalRepresentativeAppoint)?;
    if successor == scope.user_id() {
        return Err(AppError::BadRequest);
    }
    let now = db.now_ms();
    let mut tx = db.begin().await?;
    lock_org(&mut tx, scope).await?;
    let member: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(scope.org_key())
            .bind(successor.to_string())
            .fetch_one(&mut *tx)
            .await
            .map_err(DbError::from)?;
    if member == 0 {
        return Err(AppError::NotFound);
    }
    sqlx::query(
        "UPDATE legal_rep_transfers SET cancelled_at = $1 WHERE org_id = $2 \
         AND accepted_at IS NULL AND cancelled_at IS NULL",
    )
    .bind(now)
    .bind(scope.org_key())
    .execute(&mut *tx)
    .await
    .map_err(DbError::from)?;
    sqlx::query(
        "INSERT INTO legal_rep_transfers (id, org_id, from_user, to_user, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new_uuid().to_string())
    .bind(scope.org_key())
    .bind(scope.user_id().to_string())
    .bind(successor.to_string())
    .bind(now)
    .bind(now + SUCCESSION_VALID_MS)
    .execute(&mut *tx)
    .await
    .map_err(DbError::from)?;
    tx.commit().await?;
    Ok(())
}

/// The successor accepts: they become legal representative, the predecessor (if still a
/// legal representative) an administrator.
pub async fn accept(tx: &mut Tx, scope: &OrgScope) -> Result<Succession, AppError> {
    lock_org(tx, scope).await?;
    let now = tx.now_ms();
    let row = pending_row(tx, &scope.org_key(), now)
        .await?
        .ok_or_else(|| AppError::conflict("succession-invalid"))?;
    if row.to_user != scope.user_id().to_string() {
        return Err(AppError::Forbidden);
    }
    sqlx::query("UPDATE legal_rep_transfers SET accepted_at = $1 WHERE id = $2")
        .bind(now)
        .bind(&row.id)
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    sqlx::query(
        "UPDATE memberships SET role = 'legal-representative' WHERE org_id = $1 AND user_id = $2",
    )
    .bind(scope.org_key())
    .bind(&row.to_user)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    sqlx::query(
        "UPDATE memberships SET role = 'administrator' WHERE org_id = $1 AND user_id = $2 \
         AND role = 'legal-representative'",
    )
    .bind(scope.org_key())
    .bind(&row.from_user)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    Ok(to_succession(&row)?)
}

/// Withdrawn by the legal representative who started it, or declined by the successor.
pub async fn cancel(db: &Db, scope: &OrgScope) -> Result<Succession, AppError> {
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let row = pending_row(&mut conn, &scope.org_key(), db.now_ms())
        .await?
        .ok_or_else(|| AppError::conflict("succession-invalid"))?;
    let me = scope.user_id().to_string();
    if row.from_user != me && row.to_user != me {
        return Err(AppError::Forbidden);
    }
    sqlx::query("UPDATE legal_rep_transfers SET cancelled_at = $1 WHERE id = $2")
        .bind(db.now_ms())
        .bind(&row.id)
        .execute(&mut *conn)
        .await
        .map_err(DbError::from)?;
    Ok(to_succession(&row)?)
}
