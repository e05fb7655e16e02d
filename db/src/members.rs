//! Members of an organisation (the organisation side; invitations come later).

use crate::{now_ms, Db, DbError, OrgScope};
use domain::{AppError, Permission, Role, UserId};

/// Adds `user` to the scoped organisation with `role`. Appointing a legal representative
/// needs that permission; adding anyone needs `member.invite`.
pub async fn add(db: &Db, scope: &OrgScope, user: UserId, role: Role) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    if role == Role::LegalRepresentative {
        scope.require(Permission::LegalRepresentativeAppoint)?;
    }
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, joined_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(scope.org_key())
    .bind(user.to_string())
    .bind(role.code())
    .bind(now_ms())
    .execute(db.pool())
    .await
    .map_err(DbError::from)
    .map_err(|e| {
        if e.is_unique_violation() {
            AppError::conflict("already-member")
        } else {
            e.into()
        }
    })?;
    Ok(())
}

pub async fn count(db: &Db, scope: &OrgScope) -> Result<i64, DbError> {
    Ok(
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1")
            .bind(scope.org_key())
            .fetch_one(db.pool())
            .await?,
    )
}

/// Gives or withdraws a member's billing right (see and pay invoices).
pub async fn set_billing_right(
    db: &Db,
    scope: &OrgScope,
    user: UserId,
    billing_right: bool,
) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    let updated =
        sqlx::query("UPDATE memberships SET billing_right = $1 WHERE org_id = $2 AND user_id = $3")
            .bind(i64::from(billing_right))
            .bind(scope.org_key())
            .bind(user.to_string())
            .execute(db.pool())
            .await
            .map_err(DbError::from)?;
    if updated.rows_affected() == 1 {
        Ok(())
    } else {
        Err(AppError::NotFound)
    }
}
