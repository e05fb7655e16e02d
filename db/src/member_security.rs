//! What a manager may learn of a member's account security (the "security alert" mail):
//! read through the organisation's scope, so only members of that organisation can be
//! looked at, and only by those who manage its members.

use crate::sessions::lifetimes;
use crate::{Db, DbError, OrgScope};
use domain::{AppError, Permission, UserId};

/// A member's security settings, as the alert mail tells them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberSecurity {
    pub email: String,
    pub lang: String,
    pub two_factor: bool,
    pub backup_codes_left: i64,
    pub signed_in_devices: i64,
}

/// `member`'s settings; `NotFound` when they are not a member of the scope's organisation.
pub async fn summary(
    db: &Db,
    scope: &OrgScope,
    member: UserId,
) -> Result<MemberSecurity, AppError> {
    scope.require(Permission::MemberManage)?;
    let now = db.now_ms();
    let row: Option<(String, String, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT u.email, u.lang, {}, \
         (SELECT COUNT(*) FROM backup_codes b WHERE b.user_id = u.id AND b.used_at IS NULL), \
         (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.absolute_expires_at > $3 \
          AND s.last_seen_at > $3 - CASE WHEN s.persistent = 1 THEN $4 ELSE $5 END) \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
        crate::two_factor::has_second_factor_sql("u.id")
    ))
    .bind(scope.org_key())
    .bind(member.to_string())
    .bind(now)
    .bind(lifetimes(true).idle_ms)
    .bind(lifetimes(false).idle_ms)
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?;
    let (email, lang, two_factor, backup_codes_left, signed_in_devices) =
        row.ok_or(AppError::NotFound)?;
    Ok(MemberSecurity {
        email,
        lang,
        two_factor: two_factor == 1,
        backup_codes_left,
        signed_in_devices,
    })
}
