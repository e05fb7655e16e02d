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
