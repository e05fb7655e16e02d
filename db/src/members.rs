//! Members of an organisation: listing, rights, removal. Every change that could leave the
//! organisation without a legal representative is checked inside its own transaction, after
//! locking the organisation row, so two concurrent changes cannot both pass the check.

use crate::scope::role_from;
use crate::users::parse_id;
use crate::{grants, Db, DbError, OrgScope, Tx};
use domain::dto::{MemberDetail, MemberPage, MemberQuery, MemberRow, MemberSort, Rights};
use domain::membership::{assignable_roles, check_removal, check_role_change, ContactPref};
use domain::{Access, AppError, Permission, Role, UserId};

/// Adds `user` to the scoped organisation with `role` and the role's default contact
/// preferences. Appointing a legal representative needs that permission.
pub async fn add(db: &Db, scope: &OrgScope, user: UserId, role: Role) -> Result<(), AppError> {
    scope.require(Permission::MemberInvite)?;
    if role == Role::LegalRepresentative {
        scope.require(Permission::LegalRepresentativeAppoint)?;
    }
    let mut tx = db.begin().await?;
    let access = Access {
        role,
        billing_right: false,
        technical_right: false,
    };
    insert(&mut tx, &scope.org_key(), user, access).await?;
    tx.commit().await?;
    Ok(())
}

/// Inserts a membership inside a caller's transaction (invitation acceptance, `add`).
pub(crate) async fn insert(
    tx: &mut Tx,
    org_key: &str,
    user: UserId,
    access: Access,
) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, billing_right, technical_right, \
         contact_prefs, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(org_key)
    .bind(user.to_string())
    .bind(access.role.code())
    .bind(i64::from(access.billing_right))
    .bind(i64::from(access.technical_right))
    .bind(ContactPref::join(&ContactPref::defaults_for(access)))
    .bind(tx.now_ms())
    .execute(&mut **tx)
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
    scope.require(Permission::MemberManage)?;
    let updated =
        sqlx::query("UPDATE memberships SET billing_right = $1 WHERE org_id = $2 AND user_id = $3")
            .bind(i64::from(billing_right))
            .bind(scope.org_key())
            .bind(user.to_string())
            .execute(db.pool())
            .await
            .map_err(DbError::from)?;
    crate::one_row(updated.rows_affected())
}

/// Records that the scoped member used the organisation (at most once a minute).
pub async fn touch_activity(db: &Db, scope: &OrgScope) -> Result<(), DbError> {
    let now = db.now_ms();
    sqlx::query(
        "UPDATE memberships SET last_active_at = $1 WHERE org_id = $2 AND user_id = $3 \
         AND (last_active_at IS NULL OR last_active_at < $4)",
    )
    .bind(now)
    .bind(scope.org_key())
    .bind(scope.user_id().to_string())
    .bind(now - 60_000)
    .execute(db.pool())
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct Row {
    user_id: String,
    name: String,
    email: String,
    role: String,
    billing_right: i64,
    technical_right: i64,
    last_active_at: Option<i64>,
    two_factor: i64,
}

fn order_by(query: &MemberQuery) -> String {
    let dir = if query.descending { "DESC" } else { "ASC" };
    let column = match query.sort {
        MemberSort::Name => "LOWER(u.name)",
        MemberSort::Email => "u.email",
        // Role order: legal representatives first.
        MemberSort::Role => {
            "CASE m.role WHEN 'legal-representative' THEN 0 WHEN 'administrator' THEN 1 \
             WHEN 'collaborator' THEN 2 ELSE 3 END"
        }
        MemberSort::LastActive => "COALESCE(m.last_active_at, 0)",
    };
    format!("ORDER BY {column} {dir}, LOWER(u.name), u.id")
}

/// One page of the organisation's members matching `query`, with their teams.
pub async fn list(db: &Db, scope: &OrgScope, query: &MemberQuery) -> Result<MemberPage, AppError> {
    scope.require(Permission::MemberView)?;
    let pattern = crate::search::contains_pattern(&query.search);
    let role = query.role.map(|r| r.code().to_owned());
    let has_second_factor = crate::two_factor::has_second_factor_sql("m.user_id");
    let filter = format!(
        "FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 AND (LOWER(u.name) LIKE $2 ESCAPE '\\' OR u.email LIKE $2 ESCAPE '\\') \
         AND ($3 = '' OR m.role = $3) AND ($4 = 0 OR {has_second_factor} = 0)"
    );
    let total: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) {filter}"))
        .bind(scope.org_key())
        .bind(&pattern)
        .bind(role.clone().unwrap_or_default())
        .bind(i64::from(query.without_two_factor))
        .fetch_one(db.pool())
        .await
        .map_err(DbError::from)?;
    let page_size = query.rows_per_page();
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT m.user_id, u.name, u.email, m.role, m.billing_right, m.technical_right, \
         m.last_active_at, {has_second_factor} AS two_factor {filter} {} LIMIT $5 OFFSET $6",
        order_by(query)
    ))
    .bind(scope.org_key())
    .bind(&pattern)
    .bind(role.unwrap_or_default())
    .bind(i64::from(query.without_two_factor))
    .bind(i64::from(page_size))
    .bind(i64::from(query.page) * i64::from(page_size))
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let ids: Vec<String> = rows.iter().map(|r| r.user_id.clone()).collect();
    let teams = grants::team_names_of(db, scope, &ids).await?;
    let rows = rows
        .into_iter()
        .map(|r| {
            Ok(MemberRow {
                teams: teams
                    .iter()
                    .filter(|(user, _)| *user == r.user_id)
                    .map(|(_, team)| team.clone())
                    .collect(),
                user_id: parse_id(&r.user_id)?,
                name: r.name,
                email: r.email,
                role: role_from(&r.role)?,
                billing_right: r.billing_right == 1,
                technical_right: r.technical_right == 1,
                two_factor: Some(r.two_factor > 0),
                last_active_at: r.last_active_at,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    Ok(MemberPage {
        rows,
        total,
        page: query.page,
        page_size,
        can_manage: scope.can(Permission::MemberManage),
    })
}

#[derive(sqlx::FromRow)]
struct DetailRow {
    name: String,
    email: String,
    role: String,
    billing_right: i64,
    technical_right: i64,
    contact_prefs: String,
}

/// One member with everything the rights editor shows.
pub async fn detail(db: &Db, scope: &OrgScope, user: UserId) -> Result<MemberDetail, AppError> {
    if user != scope.user_id() {
        scope.require(Permission::MemberManage)?;
    }
    let row: DetailRow = sqlx::query_as(
        "SELECT u.name, u.email, m.role, m.billing_right, m.technical_right, m.contact_prefs \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 AND m.user_id = $2",
    )
    .bind(scope.org_key())
    .bind(user.to_string())
    .fetch_optional(db.pool())
    .await
    .map_err(DbError::from)?
    .ok_or(AppError::NotFound)?;
    let role = role_from(&row.role)?;
    let mut conn = db.pool().acquire().await.map_err(DbError::from)?;
    let reps = legal_reps(&mut conn, scope).await?;
    let assignable = assignable_roles(scope.access())
        .into_iter()
        .filter(|to| check_role_change(scope.access(), role, *to, reps).is_ok())
        .collect();
    Ok(MemberDetail {
        user_id: user,
        name: row.name,
        email: row.email,
        rights: Rights {
            role,
            billing_right: row.billing_right == 1,
            technical_right: row.technical_right == 1,
            products: grants::products_of(db, scope, user).await?,
            teams: grants::teams_of(db, scope, user).await?,
        },
        contact_prefs: ContactPref::split(&row.contact_prefs),
        is_self: user == scope.user_id(),
        assignable_roles: assignable,
    })
}

/// What changed for a member, so the caller can notify them.
#[derive(Debug, PartialEq, Eq)]
pub struct RightsChange {
    pub role_before: Role,
    pub role_after: Role,
}

/// Replaces a member's role, rights, direct product grants and teams in one transaction.
/// Product and team ids outside the organisation are ignored, never granted.
pub async fn update_rights(
    tx: &mut Tx,
    scope: &OrgScope,
    user: UserId,
    rights: &Rights,
) -> Result<RightsChange, AppError> {
    scope.require(Permission::MemberManage)?;
    lock_org(tx, scope).await?;
    let current: String =
        sqlx::query_scalar("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(scope.org_key())
            .bind(user.to_string())
            .fetch_optional(&mut **tx)
            .await
            .map_err(DbError::from)?
            .ok_or(AppError::NotFound)?;
    let before = role_from(&current)?;
    let reps = legal_reps(tx, scope).await?;
    check_role_change(scope.access(), before, rights.role, reps)?;
    sqlx::query(
        "UPDATE memberships SET role = $1, billing_right = $2, technical_right = $3 \
         WHERE org_id = $4 AND user_id = $5",
    )
    .bind(rights.role.code())
    .bind(i64::from(rights.billing_right))
    .bind(i64::from(rights.technical_right))
    .bind(scope.org_key())
    .bind(user.to_string())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from)?;
    grants::replace_for_member(tx, &scope.org_key(), user, &rights.products, &rights.teams).await?;
    Ok(RightsChange {
        role_before: before,
        role_after: rights.role,
    })
}

/// Saves which organisation mails a member receives. Members choose their own; managers may
/// set anyone's.
pub async fn set_contact_prefs(
    tx: &mut Tx,
    scope: &OrgScope,
    user: UserId,
    prefs: &[ContactPref],
) -> Result<(), AppError> {
    if user != scope.user_id() {
        scope.require(Permission::MemberManage)?;
    }
    let updated =
        sqlx::query("UPDATE memberships SET contact_prefs = $1 WHERE org_id = $2 AND user_id = $3")
            .bind(ContactPref::join(prefs))
            .bind(scope.org_key())
            .bind(user.to_string())
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
    crate::one_row(updated.rows_affected())
}

/// A removed member, for the notification mail.
#[derive(Clone, Debug)]
pub struct Removed {
    pub user_id: UserId,
    pub email: String,
    pub lang: String,
}

/// Removes several members at once: all or none. Users outside the organisation make the
/// whole removal `NotFound`; the last legal representative stays.
pub async fn remove(
    tx: &mut Tx,
    scope: &OrgScope,
    users: &[UserId],
) -> Result<Vec<Removed>, AppError> {
    scope.require(Permission::MemberManage)?;
    lock_org(tx, scope).await?;
    let mut removed = Vec::new();
    let mut roles = Vec::new();
    let mut unique: Vec<UserId> = users.to_vec();
    unique.sort();
    unique.dedup();
    for user in &unique {
        let row: Option<(String, String, String)> = sqlx::query_as(
            "SELECT m.role, u.email, u.lang FROM memberships m JOIN users u ON u.id = m.user_id \
             WHERE m.org_id = $1 AND m.user_id = $2",
        )
        .bind(scope.org_key())
        .bind(user.to_string())
        .fetch_optional(&mut **tx)
        .await
        .map_err(DbError::from)?;
        let (role, email, lang) = row.ok_or(AppError::NotFound)?;
        roles.push(role_from(&role)?);
        removed.push(Removed {
            user_id: *user,
            email,
            lang,
        });
    }
    let reps = legal_reps(tx, scope).await?;
    check_removal(scope.access(), &roles, reps)?;
    for user in &unique {
        sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(scope.org_key())
            .bind(user.to_string())
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
        sqlx::query("UPDATE users SET last_org_id = NULL WHERE id = $1 AND last_org_id = $2")
            .bind(user.to_string())
            .bind(scope.org_key())
            .execute(&mut **tx)
            .await
            .map_err(DbError::from)?;
    }
    Ok(removed)
}

/// A member who receives one kind of organisation mail.
#[derive(Clone, Debug)]
pub struct Recipient {
    pub email: String,
    pub lang: String,
    /// Where and when they read: for dates in the mail.
    pub country: String,
    pub time_zone: String,
}

/// Members who chose to receive `pref` mails for the organisation.
pub async fn recipients(
    db: &Db,
    scope: &OrgScope,
    pref: ContactPref,
) -> Result<Vec<Recipient>, DbError> {
    recipients_in(db, &scope.org_key(), pref).await
}

/// Every member of the organisation, whatever mails they chose: for changes everyone must
/// hear of (a product's management blocked or unblocked).
pub async fn everyone(db: &Db, scope: &OrgScope) -> Result<Vec<Recipient>, DbError> {
    let mut conn = db.pool().acquire().await?;
    everyone_on(&mut conn, &scope.org_key()).await
}

/// [`everyone`] read inside a use case's transaction (or any connection).
pub(crate) async fn everyone_on(
    conn: &mut sqlx::AnyConnection,
    org_key: &str,
) -> Result<Vec<Recipient>, DbError> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT u.email, u.lang, u.country, u.time_zone FROM memberships m \
         JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY u.email",
    )
    .bind(org_key)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(email, lang, country, time_zone)| Recipient {
            email,
            lang,
            country,
            time_zone,
        })
        .collect())
}

/// The organisation's name and its members who chose `pref` mails, for a job that tells
/// them of something (`notify-joined`); `None` once the organisation is deleted.
pub async fn recipients_as_system(
    db: &Db,
    _scope: &crate::SystemScope,
    org: domain::OrgId,
    pref: ContactPref,
) -> Result<Option<(String, Vec<Recipient>)>, DbError> {
    let name: Option<String> =
        sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1 AND deleted_at IS NULL")
            .bind(org.to_string())
            .fetch_optional(db.pool())
            .await?;
    match name {
        Some(name) => Ok(Some((
            name,
            recipients_in(db, &org.to_string(), pref).await?,
        ))),
        None => Ok(None),
    }
}

#[derive(sqlx::FromRow)]
struct RecipientRow {
    email: String,
    lang: String,
    country: String,
    time_zone: String,
    contact_prefs: String,
    role: String,
    billing_right: i64,
    technical_right: i64,
}

async fn recipients_in(
    db: &Db,
    org_key: &str,
    pref: ContactPref,
) -> Result<Vec<Recipient>, DbError> {
    let rows: Vec<RecipientRow> = sqlx::query_as(
        "SELECT u.email, u.lang, u.country, u.time_zone, m.contact_prefs, m.role, \
         m.billing_right, m.technical_right \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.org_id = $1 ORDER BY u.email",
    )
    .bind(org_key)
    .fetch_all(db.pool())
    .await?;
    let mut recipients = Vec::new();
    for r in rows {
        let RecipientRow {
            email,
            lang,
            country,
            time_zone,
            contact_prefs: prefs,
            role,
            billing_right,
            technical_right,
        } = r;
        let access = Access {
            role: role_from(&role)?,
            billing_right: billing_right == 1,
            technical_right: technical_right == 1,
        };
        // A choice the member's rights no longer allow is never honoured.
        if ContactPref::split(&prefs).contains(&pref) && pref.allowed_for(access) {
            recipients.push(Recipient {
                email,
                lang,
                country,
                time_zone,
            });
        }
    }
    Ok(recipients)
}

/// Serialises changes to one organisation's memberships (PostgreSQL row lock; SQLite
/// transactions are serialised by the write itself).
pub(crate) async fn lock_org(tx: &mut Tx, scope: &OrgScope) -> Result<(), DbError> {
    sqlx::query("UPDATE organisations SET name = name WHERE id = $1")
        .bind(scope.org_key())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

async fn legal_reps(conn: &mut sqlx::AnyConnection, scope: &OrgScope) -> Result<i64, DbError> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal-representative'",
    )
    .bind(scope.org_key())
    .fetch_one(conn)
    .await?)
}
