use domain::{AppError, OrgId, TeamId};
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "teams/rename_team")]
pub async fn rename_team(org: OrgId, team: TeamId, name: String) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::validation::{self, Checks};
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberManage).await?;
        let mut checks = Checks::new();
        let name = checks.check("name", validation::name(&name));
        checks.finish()?;
        db::teams::rename(&db, &scope, team, &name).await
    })
    .await
}
