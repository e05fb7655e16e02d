//! Teams: named groups of members to which product access can be granted.

use crate::users::parse_id;
use crate::{new_uuid, Db, DbError, OrgScope};
use domain::dto::{TeamMember, TeamRow, TeamsPage};
use domain::{AppError, Permission, ProductId, TeamId, UserId};

fn name_taken(e: DbError) -> AppError {
    if e.is_unique_violation() {
        AppError::field("name", "team-name-taken")
    } else {
        e.into()
    }
}

pub async fn create(db: &Db, scope: &OrgScope, name: &str) -> Result<TeamId, AppError> {
    scope.require(Permission::MemberManage)?;
    let id = TeamId(new_uuid());
    sqlx::query("INSERT INTO teams (id, org_id, name, created_at) VALUES ($1, $2, $3, $4)")
        .bind(id.to_string())
        .bind(scope.org_key())
        .bind(name)
        .bind(db.now_ms())
        .execute(db.pool())
        .await
        .map_err(DbError::from)
        .map_err(name_taken)?;
    Ok(id)
}

pub async fn rename(db: &Db, scope: &OrgScope, team: TeamId, name: &str) -> Result<(), AppError> {
    scope.require(Permission::MemberManage)?;
    let updated = sqlx::query("UPDATE teams SET name = $1 WHERE id = $2 AND org_id = $3")
        .bind(name)
        .bind(team.to_string())
        .bind(scope.org_key())
        .execute(db.pool())
        .await
        .map_err(DbError::from)
        .map_err(name_taken)?;
    crate::one_row(updated.rows_affected())
}

/// Deletes a team; its members stay in the organisation, its product grants go.
pub async fn delete(db: &Db, scope: &OrgScope, team: TeamId) -> Result<(), AppError> {
    scope.require(Permission::MemberManage)?;
    let deleted = sqlx::query("DELETE FROM teams WHERE id = $1 AND org_id = $2")
        .bind(team.to_string())
        .bind(scope.org_key())
        .execute(db.pool())
        .await
        .map_err(DbError::from)?;
    crate::one_row(deleted.rows_affected())
}

/// Replaces a team's members and products in one transaction; ids from outside the
/// organisation are not added.
pub async fn set_contents(
    db: &Db,
    scope: &OrgScope,
    team: TeamId,
    members: &[UserId],
    products: &[ProductId],
) -> Result<(), AppError> {
    scope.require(Permission::MemberManage)?;
    let mut tx = db.begin().await?;
    let exists: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM teams WHERE id = $1 AND org_id = $2")
            .bind(team.to_string())
            .bind(scope.org_key())
            .fetch_one(&mut *tx)
            .await
            .map_err(DbError::from)?;
    crate::one_row(exists as u64)?;
    for table in ["team_members", "team_product_grants"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE team_id = $1 AND org_id = $2"
        ))
        .bind(team.to_string())
        .bind(scope.org_key())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    for user in members {
        sqlx::query(
            "INSERT INTO team_members (org_id, team_id, user_id) \
             SELECT org_id, $1, user_id FROM memberships WHERE org_id = $2 AND user_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(team.to_string())
        .bind(scope.org_key())
        .bind(user.to_string())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    for product in products {
        sqlx::query(
            "INSERT INTO team_product_grants (org_id, team_id, product_id) \
             SELECT org_id, $1, id FROM products WHERE org_id = $2 AND id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(team.to_string())
        .bind(scope.org_key())
        .bind(product.to_string())
        .execute(&mut *tx)
        .await
        .map_err(DbError::from)?;
    }
    tx.commit().await?;
    Ok(())
}

/// Teams of the organisation with members and products, plus the members who could join.
pub async fn page(db: &Db, scope: &OrgScope) -> Result<TeamsPage, AppError> {
    scope.require(Permission::MemberView)?;
    let teams: Vec<(String, String)> =
        sqlx::query_as("SELECT id, name FROM teams WHERE org_id = $1 ORDER BY LOWER(name), id")
            .bind(scope.org_key())
            .fetch_all(db.pool())
            .await
            .map_err(DbError::from)?;
    let members: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT tm.team_id, u.id, u.name FROM team_members tm JOIN users u ON u.id = tm.user_id \
         WHERE tm.org_id = $1 ORDER BY LOWER(u.name), u.id",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let products: Vec<(String, String)> = sqlx::query_as(
        "SELECT team_id, product_id FROM team_product_grants WHERE org_id = $1 ORDER BY product_id",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let everyone: Vec<(String, String)> = sqlx::query_as(
        "SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.org_id = $1 ORDER BY LOWER(u.name), u.id",
    )
    .bind(scope.org_key())
    .fetch_all(db.pool())
    .await
    .map_err(DbError::from)?;
    let teams = teams
        .into_iter()
        .map(|(id, name)| {
            Ok(TeamRow {
                members: members
                    .iter()
                    .filter(|(team, _, _)| *team == id)
                    .map(|(_, user, name)| {
                        Ok(TeamMember {
                            user_id: parse_id(user)?,
                            name: name.clone(),
                        })
                    })
                    .collect::<Result<_, DbError>>()?,
                products: products
                    .iter()
                    .filter(|(team, _)| *team == id)
                    .map(|(_, product)| parse_id(product))
                    .collect::<Result<_, DbError>>()?,
                id: parse_id(&id)?,
                name,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    let members = everyone
        .into_iter()
        .map(|(id, name)| {
            Ok(TeamMember {
                user_id: parse_id(&id)?,
                name,
            })
        })
        .collect::<Result<Vec<_>, DbError>>()?;
    let products = if scope.can(Permission::MemberManage) {
        crate::products::choices(db, scope).await?
    } else {
        Vec::new()
    };
    Ok(TeamsPage {
        teams,
        members,
        products,
    })
}

/// Teams to choose from in the rights editor and the invitation wizard.
pub async fn choices(db: &Db, scope: &OrgScope) -> Result<Vec<domain::dto::TeamChoice>, AppError> {
    scope.require(Permission::MemberManage)?;
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT id, name FROM teams WHERE org_id = $1 ORDER BY LOWER(name), id")
            .bind(scope.org_key())
            .fetch_all(db.pool())
            .await
            .map_err(DbError::from)?;
    rows.into_iter()
        .map(|(id, name)| {
            Ok(domain::dto::TeamChoice {
                id: parse_id(&id)?,
                name,
            })
        })
        .collect::<Result<_, DbError>>()
        .map_err(AppError::from)
}
