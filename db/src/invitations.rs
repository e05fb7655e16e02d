//! Invitations by e-mail: bound to the invited address, single use, valid for seven days,
//! resendable and revocable. Only the SHA-256 of the link's token is stored; the invitation
//! mail is queued in the same transaction as the invitation it announces.

use crate::scope::{org_id_from, role_from};
use crate::users::parse_id;
use crate::{grants, members, new_uuid, outbox, Db, DbError, OrgScope, Tx};
use domain::dto::{InvitationRow, InvitationStatus, Rights};
use domain::membership::INVITATION_VALID_MS;
use domain::{Access, AppError, InvitationId, OrgId, Permission, ProductId, Role, TeamId, UserId};

/// Checks that the scoped member may invite someone with `rights`.
pub fn check_may_invite(scope: &OrgScope, rights: &Rights) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    if rights.role == Role::LegalRepresentative {
        scope.require(Permission::LegalRepresentativeAppoint)?;
    }
    Ok(())
}

fn join_ids<T: ToString>(ids: &[T]) -> String {
    ids.iter().map(T::to_string).collect::<Vec<_>>().join(",")
}

fn split_ids<T: std::str::FromStr>(text: &str) -> Vec<T> {
    text.split(',').filter_map(|id| id.parse().ok()).collect()
}

/// Creates an invitation for `email` (already normalised) and queues its mail. The address
/// must not belong to a member nor have a pending invitation.
pub async fn create(
    tx: &mut Tx,
    scope: &OrgScope,
    email: &str,
    rights: &Rights,
    token_hash: &str,
    mail: outbox::NewMail<'_>,
) -> Result<InvitationId, AppError> {
    check_may_invite(scope, rights)?;
    let now = tx.now_ms();
    members::lock_org(tx, scope).await?;
    let member: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND u.email = $2",
    )
    .bind(scope.org_key())
    .bind(email)
    .fetch_one(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if member > 0 {
        return Err(AppError::field("email", "already-member"));
    }
    let pending: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM invitations WHERE org_id = $1 AND email = $2 \
         AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > $3",
    )
    .bind(scope.org_key())
    .bind(email)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if pending > 0 {
        return Err(AppError::field("email", "already-invited"));
    }
    let id = InvitationId(new_uuid());
    sqlx::query(
        "INSERT INTO invitations (id, org_id, email, role, billing_right, technical_right, \
         product_ids, team_ids, token_hash, invited_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(id.to_string())
    .bind(scope.org_key())
    .bind(email)
    .bind(rights.role.code())
    .bind(i64::from(rights.billing_right))
    .bind(i64::from(rights.technical_right))
    .bind(join_ids(&rights.products))
    .bind(join_ids(&rights.teams))
    .bind(token_hash)
    .bind(scope.user_id().to_string())
    .bind(now)
    .bind(now + INVITATION_VALID_MS)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    outbox::enqueue_on(tx, mail).await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct Row {
    id: String,
    email: String,
    role: String,
    inviter: Option<String>,
    created_at: i64,
    expires_at: i64,
    accepted_at: Option<i64>,
    revoked_at: Option<i64>,
}

/// The organisation's invitations, newest first (the last 200).
pub async fn list(db: &Db, scope: &OrgScope) -> Result<Vec<InvitationRow>, AppError> {
    scope.require(Permission::MemberInvite)?;
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT i.id, i.email, i.role, u.name AS inviter, i.created_at, i.expires_at, \
         i.accepted_at, i.revoked_at FROM invitations i LEFT JOIN users u ON u.id = i.invited_by \
         WHERE i.org_id = $1 ORDER BY i.created_at DESC, i.id DESC LIMIT 200",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let now = db.now_ms();
    rows.into_iter()
        .map(|r| {
            Ok(InvitationRow {
                id: parse_id(&r.id)?,
                email: r.email,
                role: role_from(&r.role)?,
                invited_by: r.inviter,
                created_at: r.created_at,
                expires_at: r.expires_at,
                status: InvitationStatus::at(r.accepted_at, r.revoked_at, r.expires_at, now),
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}

/// The invited address and role, for rendering a resent mail.
pub async fn email_and_role(
    db: &Db,
    scope: &OrgScope,
    id: InvitationId,
) -> Result<(String, Role), AppError> {
    scope.require(Permission::MemberInvite)?;
    let (email, role): (String, String) =
        sqlx::query_as("SELECT email, role FROM invitations WHERE id = $1 AND org_id = $2")
            .bind(id.to_string())
            .bind(scope.org_key())
            .fetch_optional(db.pool())
            .await
            .map_err(DbError::from)?
            .ok_or(AppError::NotFound)?;
    Ok((email, role_from(&role)?))
}

/// Sends an unused invitation again with a new link (the old one stops working) and a new
/// seven-day validity; a revoked invitation is revived.
pub async fn resend(
    db: &Db,
    scope: &OrgScope,
    id: InvitationId,
    token_hash: &str,
    mail: outbox::NewMail<'_>,
) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    let now = db.now_ms();
    let mut tx = db.begin().await?;
    let updated = sqlx::query(
        "UPDATE invitations SET token_hash = $1, expires_at = $2, revoked_at = NULL \
         WHERE id = $3 AND org_id = $4 AND accepted_at IS NULL",
    )
    .bind(token_hash)
    .bind(now + INVITATION_VALID_MS)
    .bind(id.to_string())
    .bind(scope.org_key())
    .execute(&mut *tx)
    .await
    .map_err(DbError::from)?;
    crate::one_row(updated.rows_affected())?;
    outbox::enqueue_on(&mut tx, mail).await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws an unused invitation: its link stops working at once.
pub async fn revoke(db: &Db, scope: &OrgScope, id: InvitationId) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    let updated = sqlx::query(
        "UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND org_id = $3 \
         AND accepted_at IS NULL AND revoked_at IS NULL",
    )
    .bind(db.now_ms())
    .bind(id.to_string())
    .bind(scope.org_key())
    .execute(db.pool())
    .await
    .map_err(DbError::from)?;
    crate::one_row(updated.rows_affected())
}

/// An invitation found by its link, as its recipient may see it.
#[derive(Clone, Debug)]
pub struct Found {
    pub org_id: OrgId,
    pub org_name: String,
    pub email: String,
    pub role: Role,
    pub invited_by: Option<String>,
    pub expires_at: i64,
}

#[derive(sqlx::FromRow)]
struct FoundRow {
    id: String,
    org_id: String,
    org_name: String,
    email: String,
    role: String,
    billing_right: i64,
    technical_right: i64,
    product_ids: String,
    team_ids: String,
    inviter: Option<String>,
    expires_at: i64,
    accepted_at: Option<i64>,
    revoked_at: Option<i64>,
}

async fn row_by_token(
    conn: &mut sqlx::AnyConnection,
    token_hash: &str,
    now: i64,
) -> Result<FoundRow, AppError> {
    let row: Option<FoundRow> = sqlx::query_as(
        "SELECT i.id, i.org_id, o.name AS org_name, i.email, i.role, i.billing_right, \
         i.technical_right, i.product_ids, i.team_ids, u.name AS inviter, i.expires_at, \
         i.accepted_at, i.revoked_at FROM invitations i JOIN organisations o ON o.id = i.org_id \
         LEFT JOIN users u ON u.id = i.invited_by WHERE i.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(conn)
    .await
    .map_err(DbError::from)?;
    let row = row.ok_or_else(|| AppError::conflict("invitation-invalid"))?;
    match InvitationStatus::at(row.accepted_at, row.revoked_at, row.expires_at, now) {
        InvitationStatus::Pending => Ok(row),
        InvitationStatus::Expired => Err(AppError::conflict("invitation-expired")),
        InvitationStatus::Accepted | InvitationStatus::Revoked => {
            Err(AppError::conflict("invitation-invalid"))
        }
    }
}

/// The pending invitation behind a link; used, revoked or unknown links are
/// `invitation-invalid`, old ones `invitation-expired`.
pub async fn find_pending(db: &Db, token_hash: &str) -> Result<Found, AppError> {
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let row = row_by_token(&mut conn, token_hash, db.now_ms()).await?;
    Ok(Found {
        org_id: org_id_from(&row.org_id)?,
        org_name: row.org_name,
        email: row.email,
        role: role_from(&row.role)?,
        invited_by: row.inviter,
        expires_at: row.expires_at,
    })
}

/// Accepts an invitation for `user`, whose login address must be the invited one. Runs
/// inside the caller's transaction (sign-up creates the account in the same one).
pub async fn accept(
    tx: &mut Tx,
    token_hash: &str,
    user: UserId,
    user_email: &str,
) -> Result<OrgId, AppError> {
    let now = tx.now_ms();
    let row = row_by_token(tx, token_hash, now).await?;
    if !row.email.eq_ignore_ascii_case(user_email) {
        return Err(AppError::conflict("invitation-other-account"));
    }
    // Marking it used is the single-use guard: of two concurrent acceptances one updates.
    let used = sqlx::query(
        "UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL \
         AND revoked_at IS NULL",
    )
    .bind(now)
    .bind(&row.id)
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    if used.rows_affected() != 1 {
        return Err(AppError::conflict("invitation-invalid"));
    }
    // Checked before inserting: a failed INSERT would abort a PostgreSQL transaction.
    let member: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(&row.org_id)
            .bind(user.to_string())
            .fetch_one(&mut **tx)
            .await
            .map_err(DbError::from)?;
    if member > 0 {
        return Err(AppError::conflict("already-member"));
    }
    let access = Access {
        role: role_from(&row.role)?,
        billing_right: row.billing_right == 1,
        technical_right: row.technical_right == 1,
    };
    members::insert(tx, &row.org_id, user, access).await?;
    let products: Vec<ProductId> = split_ids(&row.product_ids);
    let teams: Vec<TeamId> = split_ids(&row.team_ids);
    grants::add_for_member(tx, &row.org_id, &user.to_string(), &products, &teams).await?;
    sqlx::query("UPDATE users SET last_org_id = $1 WHERE id = $2")
        .bind(&row.org_id)
        .bind(user.to_string())
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    Ok(org_id_from(&row.org_id)?)
}
