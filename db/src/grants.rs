//! Product access of members: granted directly or through their teams. Every statement
//! names the organisation, so ids from another organisation match nothing.

use crate::users::parse_id;
use crate::Db;
use crate::{DbError, OrgScope, Tx};
use domain::{ProductId, TeamId, UserId};

/// SQL condition: product `p` is granted to member `$user` of organisation `$org`, directly
/// or through a team (placeholders substituted by the caller).
pub(crate) fn granted_condition(org: &str, user: &str) -> String {
    format!(
        "(EXISTS (SELECT 1 FROM product_grants g WHERE g.org_id = {org} AND g.product_id = p.id \
           AND g.user_id = {user}) \
         OR EXISTS (SELECT 1 FROM team_product_grants tg JOIN team_members tm \
           ON tm.team_id = tg.team_id AND tm.org_id = tg.org_id \
           WHERE tg.org_id = {org} AND tg.product_id = p.id AND tm.user_id = {user}))"
    )
}

/// Products granted to `user` directly (not through teams).
pub async fn products_of(
    db: &Db,
    scope: &OrgScope,
    user: UserId,
) -> Result<Vec<ProductId>, DbError> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT product_id FROM product_grants WHERE org_id = $1 AND user_id = $2 ORDER BY product_id",
    )
    .bind(scope.org_key())
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?;
    ids.iter().map(|id| parse_id(id)).collect()
}

/// Teams `user` belongs to.
pub async fn teams_of(db: &Db, scope: &OrgScope, user: UserId) -> Result<Vec<TeamId>, DbError> {
    let ids: Vec<String> = sqlx::query_scalar(
        "SELECT team_id FROM team_members WHERE org_id = $1 AND user_id = $2 ORDER BY team_id",
    )
    .bind(scope.org_key())
    .bind(user.to_string())
    .fetch_all(db.pool())
    .await?;
    ids.iter().map(|id| parse_id(id)).collect()
}

/// `(user id, team name)` pairs for the given members, sorted by team name.
pub async fn team_names_of(
    db: &Db,
    scope: &OrgScope,
    users: &[String],
) -> Result<Vec<(String, String)>, DbError> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (0..users.len()).map(|i| format!("${}", i + 2)).collect();
    let sql = format!(
        "SELECT tm.user_id, t.name FROM team_members tm JOIN teams t ON t.id = tm.team_id \
         WHERE tm.org_id = $1 AND tm.user_id IN ({}) ORDER BY LOWER(t.name)",
        placeholders.join(", ")
    );
    let mut query = sqlx::query_as(&sql).bind(scope.org_key());
    for user in users {
        query = query.bind(user.clone());
    }
    Ok(query.fetch_all(db.pool()).await?)
}

/// Replaces a member's direct product grants and team memberships. Ids that do not belong
/// to the organisation are skipped by the `INSERT … SELECT`.
pub(crate) async fn replace_for_member(
    tx: &mut Tx,
    org: &str,
    user: UserId,
    products: &[ProductId],
    teams: &[TeamId],
) -> Result<(), DbError> {
    let user = user.to_string();
    sqlx::query("DELETE FROM product_grants WHERE org_id = $1 AND user_id = $2")
        .bind(org)
        .bind(&user)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM team_members WHERE org_id = $1 AND user_id = $2")
        .bind(org)
        .bind(&user)
        .execute(&mut **tx)
        .await?;
    add_for_member(tx, org, &user, products, teams).await
}

/// Adds product grants and team memberships (duplicates and foreign ids ignored).
pub(crate) async fn add_for_member(
    tx: &mut Tx,
    org: &str,
    user: &str,
    products: &[ProductId],
    teams: &[TeamId],
) -> Result<(), DbError> {
    for product in products {
        sqlx::query(
            "INSERT INTO product_grants (org_id, user_id, product_id) \
             SELECT org_id, $1, id FROM products WHERE id = $2 AND org_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(product.to_string())
        .bind(org)
        .execute(&mut **tx)
        .await?;
    }
    for team in teams {
        sqlx::query(
            "INSERT INTO team_members (org_id, team_id, user_id) \
             SELECT org_id, id, $1 FROM teams WHERE id = $2 AND org_id = $3 \
             ON CONFLICT DO NOTHING",
        )
        .bind(user)
        .bind(team.to_string())
        .bind(org)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
