use domain::dto::Rights;
use domain::{AppError, InvitationId, OrgId};
use leptos::prelude::*;

/// Invites `email` with the chosen rights and queues the invitation mail, written in the
/// invited person's language if they have an account, else in `lang`.
#[server(prefix = "/api", endpoint = "invitations/create_invitation", input = server_fn::codec::Json)]
pub async fn create_invitation(
    org: OrgId,
    email: String,
    rights: Rights,
    lang: String,
) -> Result<InvitationId, AppError> {
    use crate::api::ssr::{db, limit_len, outbox_mail, respond, viewer};
    use db::OrgScope;
    use domain::validation::{self, Checks};
    use domain::{Lang, Permission};

    respond(async move {
        limit_len(&rights.products, 10_000)?;
        limit_len(&rights.teams, 1_000)?;
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::MemberInvite).await?;
        db::invitations::check_may_invite(&scope, &rights)?;
        let mut checks = Checks::new();
        let email = checks.check("email", validation::email(&email));
        let chosen_lang = checks.check("lang", Lang::parse(&lang).ok_or("language-unknown"));
        checks.finish()?;
        let lang = match db::users::find_by_email(&db, &email).await? {
            Some(existing) => existing.region.lang,
            None => chosen_lang,
        };
        let org_name = db::orgs::summary(&db, &scope).await?.name;
        let (token_hash, mail) = super::invitation_mail(lang, &org_name, &user.name, rights.role);
        let mut tx = db.begin().await?;
        let id = db::invitations::create(
            &mut tx,
            &scope,
            &email,
            &rights,
            &token_hash,
            outbox_mail(&email, lang.code(), &mail),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    })
    .await
}
