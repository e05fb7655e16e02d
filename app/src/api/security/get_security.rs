use domain::dto::SecurityOverview;
use domain::AppError;
use leptos::prelude::*;

#[server(prefix = "/api", endpoint = "security/get_security")]
pub async fn get_security() -> Result<SecurityOverview, AppError> {
    use crate::api::ssr::{db, respond, viewer};

    respond(async move {
        let me = viewer()?.user;
        let db = db()?;
        let methods = db::two_factor::methods(&db, me.id).await?;
        let (recovery_email, recovery_phone) = db::recovery::channels(&db, me.id).await?;
        let display = |p: String| crate::security::phone::display(&p);
        Ok(SecurityOverview {
            two_factor: !methods.is_empty(),
            backup_codes_left: db::two_factor::unused_codes(&db, me.id).await?.len() as i64,
            totp: methods.contains(&"totp"),
            sms_phone: db::sms::phone(&db, me.id, true).await?.map(display),
            login_email: me.email.clone(),
            recovery_email,
            recovery_phone: recovery_phone.map(display),
        })
    })
    .await
}
