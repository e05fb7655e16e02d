//! User accounts. Sign-up creates the user and their first organisation together.

use crate::{new_uuid, orgs, Db, DbError, Tx};
use domain::datetime::Region;
use domain::{AppError, Lang, OrgId, Role, UserId};

/// A stored user, password hash included: never leaves the server.
#[derive(Clone, Debug)]
pub struct UserRecord {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub password_hash: String,
    pub region: Region,
    pub last_org: Option<OrgId>,
    /// Set while the account signs in with a temporary login name because its login
    /// address was deleted: it must choose a new login e-mail before anything else.
    pub temporary_login: Option<String>,
}

#[derive(sqlx::FromRow)]
pub(crate) struct UserRow {
    id: String,
    email: String,
    name: String,
    password_hash: String,
    lang: String,
    country: String,
    time_zone: String,
    last_org_id: Option<String>,
    temporary_login: Option<String>,
}

impl TryFrom<UserRow> for UserRecord {
    type Error = DbError;
    fn try_from(row: UserRow) -> Result<Self, DbError> {
        Ok(UserRecord {
            id: parse_id(&row.id)?,
            email: row.email,
            name: row.name,
            password_hash: row.password_hash,
            region: Region {
                lang: Lang::parse(&row.lang).unwrap_or_default(),
                country: row.country,
                time_zone: row.time_zone,
            },
            last_org: row.last_org_id.as_deref().map(parse_id).transpose()?,
            temporary_login: row.temporary_login,
        })
    }
}

pub(crate) fn parse_id<T: std::str::FromStr>(text: &str) -> Result<T, DbError> {
    text.parse()
        .map_err(|_| DbError::Corrupt(format!("bad id {text}")))
}

pub(crate) const SELECT_USER: &str =
    "SELECT id, email, name, password_hash, lang, country, time_zone, \
                           last_org_id, temporary_login FROM users";

/// A validated sign-up.
pub struct NewUser<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub password_hash: &'a str,
    pub region: &'a Region,
}

/// Creates the user and a first organisation with the user as its legal representative, in
/// one transaction: either both exist afterwards or neither does.
pub async fn sign_up(
    tx: &mut Tx,
    user: NewUser<'_>,
    org_name: &str,
    org_country: &str,
) -> Result<(UserId, OrgId), AppError> {
    let user_id = UserId(new_uuid());
    insert_user(tx, user_id, &user).await?;
    let org_id = orgs::insert_with_member(
        tx,
        org_name,
        org_country,
        user_id,
        Role::LegalRepresentative,
    )
    .await?;
    sqlx::query("UPDATE users SET last_org_id = $1 WHERE id = $2")
        .bind(org_id.to_string())
        .bind(user_id.to_string())
        .execute(&mut **tx)
        .await
        .map_err(DbError::from)?;
    Ok((user_id, org_id))
}

/// Creates an account for an invited person and accepts their invitation in one
/// transaction: no personal organisation is created, and a bad invitation creates no account.
pub async fn sign_up_invited(
    tx: &mut Tx,
    user: NewUser<'_>,
    invitation_token_hash: &str,
) -> Result<(UserId, OrgId), AppError> {
    let user_id = UserId(new_uuid());
    insert_user(tx, user_id, &user).await?;
    let org = crate::invitations::accept(tx, invitation_token_hash, user_id, user.email).await?;
    Ok((user_id, org))
}

/// The account that signs in with `email`; none once that address was deleted and the
/// account moved to a temporary login name.
pub async fn find_by_email(db: &Db, email: &str) -> Result<Option<UserRecord>, DbError> {
    find_by_email_with(db.pool(), email).await
}

/// [`find_by_email`] in the use case's transaction (which never waits for a second
/// connection).
pub async fn find_by_email_in(tx: &mut Tx, email: &str) -> Result<Option<UserRecord>, DbError> {
    find_by_email_with(&mut **tx, email).await
}

async fn find_by_email_with<'e, E>(executor: E, email: &str) -> Result<Option<UserRecord>, DbError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row: Option<UserRow> = sqlx::query_as(&format!(
        "{SELECT_USER} WHERE email = $1 AND temporary_login IS NULL"
    ))
    .bind(email)
    .fetch_optional(executor)
    .await?;
    row.map(UserRecord::try_from).transpose()
}

pub async fn get(db: &Db, id: UserId) -> Result<Option<UserRecord>, DbError> {
    let row: Option<UserRow> = sqlx::query_as(&format!("{SELECT_USER} WHERE id = $1"))
        .bind(id.to_string())
        .fetch_optional(db.pool())
        .await?;
    row.map(UserRecord::try_from).transpose()
}

/// [`get`] inside a use case's transaction: sees what it wrote.
pub async fn get_in(tx: &mut crate::Tx, id: UserId) -> Result<Option<UserRecord>, DbError> {
    let row: Option<UserRow> = sqlx::query_as(&format!("{SELECT_USER} WHERE id = $1"))
        .bind(id.to_string())
        .fetch_optional(&mut **tx)
        .await?;
    row.map(UserRecord::try_from).transpose()
}

/// Saves the profile's name, language, country and time zone.
pub async fn update_profile(
    db: &Db,
    id: UserId,
    name: &str,
    region: &Region,
) -> Result<(), DbError> {
    sqlx::query(
        "UPDATE users SET name = $1, lang = $2, country = $3, time_zone = $4 WHERE id = $5",
    )
    .bind(name)
    .bind(region.lang.code())
    .bind(&region.country)
    .bind(&region.time_zone)
    .bind(id.to_string())
    .execute(db.pool())
    .await?;
    Ok(())
}

/// Remembers the organisation the user last worked in, for their next login.
pub async fn set_last_org(db: &Db, id: UserId, org: OrgId) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET last_org_id = $1 WHERE id = $2")
        .bind(org.to_string())
        .bind(id.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Whether any user exists (the demo seed runs only on an empty database).
pub async fn any_exist(db: &Db) -> Result<bool, DbError> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(db.pool())
        .await?;
    Ok(count > 0)
}

/// Creates an account that belongs to no organisation yet (bulk provisioning: the bench's
/// large dataset). Sign-up and invitations use their own use cases above.
pub async fn create_account(tx: &mut Tx, user: NewUser<'_>) -> Result<UserId, AppError> {
    let user_id = UserId(new_uuid());
    insert_user(tx, user_id, &user).await?;
    Ok(user_id)
}

async fn insert_user(tx: &mut Tx, user_id: UserId, user: &NewUser<'_>) -> Result<(), AppError> {
    let inserted = sqlx::query(
        "INSERT INTO users (id, email, name, password_hash, lang, country, time_zone, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(user_id.to_string())
    .bind(user.email)
    .bind(user.name)
    .bind(user.password_hash)
    .bind(user.region.lang.code())
    .bind(&user.region.country)
    .bind(&user.region.time_zone)
    .bind(tx.now_ms())
    .execute(&mut **tx)
    .await
    .map_err(DbError::from);
    match inserted {
        Err(e) if e.is_unique_violation() => Err(AppError::field("email", "email-taken")),
        Err(e) => Err(e.into()),
        Ok(_) => Ok(()),
    }
}

/// Whether `user` chose to see prices with their tax (order page, To pay).
pub async fn prices_include_tax(db: &Db, user: UserId) -> Result<bool, DbError> {
    let flag: Option<i64> =
        sqlx::query_scalar("SELECT prices_include_tax FROM users WHERE id = $1")
            .bind(user.to_string())
            .fetch_optional(db.pool())
            .await?;
    Ok(flag == Some(1))
}

/// Remembers how `user` wants prices shown.
pub async fn set_prices_include_tax(db: &Db, user: UserId, include: bool) -> Result<(), DbError> {
    sqlx::query("UPDATE users SET prices_include_tax = $1 WHERE id = $2")
        .bind(i64::from(include))
        .bind(user.to_string())
        .execute(db.pool())
        .await?;
    Ok(())
}
