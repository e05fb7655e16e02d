use domain::{AppError, OrgId};
use leptos::prelude::*;

/// Deletes an empty organisation after the legal representative re-enters their password.
/// Every member is told by mail; `send_invoices` ("on") mails the caller the list of the
/// organisation's invoices first, with the PDFs of the paid ones attached.
#[server(prefix = "/api", endpoint = "organisation/delete_org")]
pub async fn delete_org(
    org: OrgId,
    password: String,
    #[server(default)] send_invoices: String,
) -> Result<(), AppError> {
    use super::confirm_password;
    use crate::api::ssr::{db, queue_mail_in, queue_mail_with_files_in, respond, viewer};
    use db::OrgScope;
    use domain::{Lang, Permission};

    respond(async move {
        let user = viewer()?.user;
        let db = db()?;
        let scope = OrgScope::authorize(&db, user.id, org, Permission::OrgDelete).await?;
        confirm_password(&user, password).await?;
        let invoices = if send_invoices == "on" {
            let invoices = db::invoices::list_all(&db, &scope).await?;
            let mut files = Vec::new();
            for invoice in invoices.iter().filter(|i| i.printable) {
                let pdf = crate::use_cases::invoice_documents::invoice_pdf(
                    &db,
                    &scope,
                    invoice.id,
                    &user.region,
                )
                .await?;
                files.push(db::outbox::Attachment {
                    file_name: pdf.file_name,
                    content_type: "application/pdf".into(),
                    bytes: pdf.bytes,
                });
            }
            Some((invoices, files))
        } else {
            None
        };
        // One use case: the organisation is gone and everyone is told, or nothing happened.
        let mut tx = db.begin().await?;
        let deleted = db::org_deletion::delete(&mut tx, &scope).await?;
        if let Some((invoices, files)) = invoices {
            let lang = user.region.lang;
            let mail = crate::mail::invoice_archive(
                lang,
                &deleted.org_name,
                &invoices,
                &user.region,
                !files.is_empty(),
            );
            queue_mail_with_files_in(&mut tx, &user.email, lang, &mail, &files).await?;
        }
        for member in &deleted.members {
            let lang = Lang::parse(&member.lang).unwrap_or_default();
            let mail = crate::mail::org_deleted(lang, &deleted.org_name, &user.name);
            queue_mail_in(&mut tx, &member.email, lang, &mail).await?;
        }
        tx.commit().await?;
        Ok(())
    })
    .await
}
