use domain::ids::MailAddressId;
use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;

/// Deletes an address of a mail service; an account that signed in with it moves to a
/// temporary login name, sent to its recovery phone and e-mail.
#[server(prefix = "/api", endpoint = "products/remove_mail_address")]
pub async fn remove_mail_address(
    org: OrgId,
    product: ProductId,
    address: MailAddressId,
) -> Result<(), AppError> {
    use crate::api::ssr::{db, respond, viewer};
    use db::OrgScope;
    use domain::Permission;

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::ProductView).await?;
        crate::use_cases::mail_addresses::remove(&db, &scope, product, address).await
    })
    .await
}
