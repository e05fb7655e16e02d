//! Organisations and the calling user's own memberships.

use crate::scope::{org_id_from, role_from};
use crate::{new_uuid, Db, DbError, OrgScope, Tx};
use domain::country::currency_for;
use domain::dto::{MyOrgRow, OrgSummary};
use domain::{AppError, OrgId, Role, UserId};

/// Inserts an organisation and its first member inside a caller's transaction.
pub(crate) async fn insert_with_member(
    tx: &mut Tx,
    name: &str,
    country: &str,
    user: UserId,
    role: Role,
) -> Result<OrgId, DbError> {
    let org_id = OrgId(new_uuid());
    let now = tx.now_ms();
    sqlx::query(
        "INSERT INTO organisations (id, name, country, currency, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(org_id.to_string())
    .bind(name)
    .bind(country)
    .bind(currency_for(country).code())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    let access = domain::Access {
        role,
        billing_right: false,
        technical_right: false,
    };
    sqlx::query(
        "INSERT INTO memberships (org_id, user_id, role, contact_prefs, joined_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(org_id.to_string())
    .bind(user.to_string())
    .bind(role.code())
    .bind(domain::membership::ContactPref::join(
        &domain::membership::ContactPref::defaults_for(access),
    ))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(org_id)
}

/// Creates an additional organisation with `user` as its legal representative.
pub async fn create(db: &Db, user: UserId, name: &str, country: &str) -> Result<OrgId, DbError> {
    let mut tx = db.begin().await?;
    let org = insert_with_member(&mut tx, name, country, user, Role::LegalRepresentative).await?;
    tx.commit().await?;
    Ok(org)
}

#[derive(sqlx::FromRow)]
struct OrgRow {
    id: String,
    name: String,
    country: String,
    currency: String,
    role: String,
    joined_at: i64,
    legal_reps: i64,
    logo_version: Option<i64>,
}

impl OrgRow {
    fn summary(&self) -> Result<OrgSummary, DbError> {
        Ok(OrgSummary {
            id: org_id_from(&self.id)?,
            name: self.name.clone(),
            role: role_from(&self.role)?,
            country: self.country.clone(),
            currency: self.currency.clone(),
            logo_version: self.logo_version,
        })
    }
}

const SELECT_MY_ORGS: &str = "SELECT o.id, o.name, o.country, o.currency, m.role, m.joined_at, \
       (SELECT COUNT(*) FROM memberships lr WHERE lr.org_id = o.id AND lr.role = 'legal-representative') AS legal_reps, \
       (SELECT l.updated_at FROM org_logos l WHERE l.org_id = o.id) AS logo_version \
     FROM memberships m JOIN organisations o ON o.id = m.org_id \
     WHERE m.user_id = $1 ORDER BY LOWER(o.name), o.id";

async fn my_rows(db: &Db, user: UserId) -> Result<Vec<OrgRow>, DbError> {
    Ok(sqlx::query_as(SELECT_MY_ORGS)
        .bind(user.to_string())
        .fetch_all(db.pool())
        .await?)
}

/// The organisations `user` belongs to, with their role in each, sorted by name.
pub async fn list_for_user(db: &Db, user: UserId) -> Result<Vec<OrgSummary>, DbError> {
    my_rows(db, user)
        .await?
        .iter()
        .map(OrgRow::summary)
        .collect()
}

/// "My organisations": each membership and whether the user may leave it.
pub async fn my_organisations(db: &Db, user: UserId) -> Result<Vec<MyOrgRow>, DbError> {
    my_rows(db, user)
        .await?
        .iter()
        .map(|row| {
            let org = row.summary()?;
            let last_legal_rep = org.role == Role::LegalRepresentative && row.legal_reps <= 1;
            Ok(MyOrgRow {
                org,
                can_leave: !last_legal_rep,
                joined_at: row.joined_at,
            })
        })
        .collect()
}

/// The scoped organisation as its member sees it.
pub async fn summary(db: &Db, scope: &OrgScope) -> Result<OrgSummary, DbError> {
    let (name, country, currency, logo_version): (String, String, String, Option<i64>) =
        sqlx::query_as(
            "SELECT name, country, currency, \
             (SELECT updated_at FROM org_logos WHERE org_id = $1) FROM organisations WHERE id = $1",
        )
        .bind(scope.org_key())
        .fetch_one(db.pool())
        .await?;
    Ok(OrgSummary {
        id: scope.org_id(),
        name,
        role: scope.role(),
        country,
        currency,
        logo_version,
    })
}

/// Removes the scoped user from the scoped organisation, unless they are its last legal
/// representative. Checked and deleted in one transaction so two legal representatives
/// leaving at once cannot both succeed.
pub async fn leave(db: &Db, scope: &OrgScope) -> Result<(), AppError> {
    let mut tx = db.begin().await?;
    if scope.role() == Role::LegalRepresentative {
        // Touch the organisation row first so concurrent leaves serialise on it.
        sqlx::query("UPDATE organisations SET name = name WHERE id = $1")
            .bind(scope.org_key())
            .execute(&mut *tx)
            .await
            .map_err(DbError::from)?;
        let reps: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'legal-representative'",
        )
        .bind(scope.org_key())
        .fetch_one(&mut *tx)
        .await
        .map_err(DbError::from)?;
        if reps <= 1 {
            return Err(AppError::conflict("last-legal-representative"));
        }
    }
    sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
        .bind(scope.org_key())
        .bind(scope.user_id().to_string())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    sqlx::query("UPDATE users SET last_org_id = NULL WHERE id = $1 AND last_org_id = $2")
        .bind(scope.user_id().to_string())
        .bind(scope.org_key())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    tx.commit().await?;
    Ok(())
}

/// The organisation's name, read in the use case's transaction (a transaction never waits
/// for a second connection of the pool).
pub async fn name_in(tx: &mut crate::Tx, org: OrgId) -> Result<Option<String>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT name FROM organisations WHERE id = $1")
            .bind(org.to_string())
            .fetch_optional(&mut **tx)
            .await?,
    )
}
