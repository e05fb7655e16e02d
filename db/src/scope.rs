//! The only way to touch organisation-owned rows. An `OrgScope` proves that its user is a
//! member of its organisation with a given permission; repository functions for owned rows
//! take one and filter by its organisation, so a forgotten check does not compile.

use crate::users::parse_id;
use crate::{Db, DbError};
use domain::{Access, AppError, OrgId, Permission, Role, UserId};

#[derive(Clone, Debug)]
pub struct OrgScope {
    org_id: OrgId,
    user_id: UserId,
    access: Access,
}

impl OrgScope {
    /// Checks that `user` belongs to `org` and holds `permission` there. A non-member gets
    /// `NotFound` whether or not the organisation exists, so ids cannot be probed.
    pub async fn authorize(
        db: &Db,
        user: UserId,
        org: OrgId,
        permission: Permission,
    ) -> Result<OrgScope, AppError> {
        let row: Option<(String, i64, i64, i64, i64)> = sqlx::query_as(
            "SELECT m.role, m.billing_right, m.technical_right, o.require_two_factor, \
             (SELECT COUNT(*) FROM totp_secrets t WHERE t.user_id = m.user_id \
              AND t.confirmed_at IS NOT NULL) \
             + (SELECT COUNT(*) FROM security_keys k WHERE k.user_id = m.user_id) \
             FROM memberships m JOIN organisations o ON o.id = m.org_id \
             WHERE m.org_id = $1 AND m.user_id = $2",
        )
        .bind(org.to_string())
        .bind(user.to_string())
        .fetch_optional(db.pool())
        .await
        .map_err(DbError::from)?;
        let (role, billing_right, technical_right, required, has_second_factor) =
            row.ok_or(AppError::NotFound)?;
        // The organisation requires a second factor: without one, its members may only leave.
        if required == 1 && has_second_factor == 0 && permission != Permission::OrgLeave {
            return Err(AppError::conflict("two-factor-required"));
        }
        let scope = OrgScope {
            org_id: org,
            user_id: user,
            access: Access {
                role: role_from(&role)?,
                billing_right: billing_right == 1,
                technical_right: technical_right == 1,
            },
        };
        if scope.can(permission) {
            Ok(scope)
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub fn org_id(&self) -> OrgId {
        self.org_id
    }

    pub fn user_id(&self) -> UserId {
        self.user_id
    }

    pub fn role(&self) -> Role {
        self.access.role
    }

    pub fn access(&self) -> Access {
        self.access
    }

    /// Whether this member also holds `permission` (for data shown only to some members).
    pub fn can(&self, permission: Permission) -> bool {
        self.access.allows(permission)
    }

    /// Fails with `Forbidden` unless this member holds `permission`.
    pub fn require(&self, permission: Permission) -> Result<(), AppError> {
        if self.can(permission) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }

    pub(crate) fn org_key(&self) -> String {
        self.org_id.to_string()
    }
}

pub(crate) fn role_from(text: &str) -> Result<Role, DbError> {
    Role::from_code(text).ok_or_else(|| DbError::Corrupt(format!("role {text}")))
}

pub(crate) fn org_id_from(text: &str) -> Result<OrgId, DbError> {
    parse_id(text)
}
