//! Changes to a product that the organisation's members are told about.

use crate::api::ssr::{org_link, queue_mail_in};
use db::product_changes::{self, Outcome};
use db::{Db, OrgScope};
use domain::membership::ContactPref;
use domain::{AppError, Lang, ProductId};

/// Blocks or unblocks the product's management and mails every member of the organisation,
/// in their language, in the same transaction. Doing it again changes and mails nothing.
pub async fn set_management_block(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
    blocked: bool,
) -> Result<(), AppError> {
    // Read before the transaction, which never waits for a second connection of the pool.
    let org = db::orgs::summary(db, scope).await?;
    let people = db::members::everyone(db, scope).await?;
    let mut tx = db.begin().await?;
    let Outcome::Changed { name } =
        product_changes::set_management_blocked(&mut tx, scope, product, blocked).await?
    else {
        return Ok(());
    };
    let link = org_link(org.id, &format!("products/{product}"));
    for person in people {
        let lang = Lang::parse(&person.lang).unwrap_or_default();
        let mail = crate::mail::product_management_block(lang, &org.name, &name, blocked, &link);
        queue_mail_in(&mut tx, &person.email, lang, &mail).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Puts a mail service into maintenance or takes it out, telling the members who receive
/// product mails.
pub async fn set_maintenance(
    db: &Db,
    scope: &OrgScope,
    product: ProductId,
    on: bool,
) -> Result<(), AppError> {
    let org = db::orgs::summary(db, scope).await?;
    let people = db::members::recipients(db, scope, ContactPref::Products).await?;
    let mut tx = db.begin().await?;
    let Outcome::Changed { name } =
        product_changes::set_maintenance(&mut tx, scope, product, on).await?
    else {
        return Ok(());
    };
    let link = org_link(org.id, &format!("products/{product}"));
    for person in people {
        let lang = Lang::parse(&person.lang).unwrap_or_default();
        let mail = crate::mail::mail_service_maintenance(lang, &org.name, &name, on, &link);
        queue_mail_in(&mut tx, &person.email, lang, &mail).await?;
    }
    tx.commit().await?;
    Ok(())
}
