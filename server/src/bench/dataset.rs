//! The bench's data, written through the real repositories: the demo data, a full members
//! page for the organisation the bench signs in to, and then the large dataset around it.

use super::Scale;
use app::api::ssr::password;
use db::invoices::NewInvoice;
use db::products::NewProduct;
use db::users::NewUser;
use db::{Db, OrgScope};
use domain::datetime::Region;
use domain::status::{InvoiceStatus, ProductStatus};
use domain::{AppError, Lang, OrgId, Permission, Role, UserId};
use futures::{stream, StreamExt, TryStreamExt};

const DAY: i64 = 86_400_000;
/// Writes in flight at once (PostgreSQL overlaps them; SQLite queues them).
const PARALLEL: usize = 8;
/// Accounts written per transaction when creating them in bulk.
const BATCH: usize = 500;
/// Members of the organisation the bench reads: more than one page of the member list.
pub const BENCH_ORG_MEMBERS: usize = 60;
/// The password of every bench account (the sign-in flood uses it).
pub const PASSWORD: &str = crate::seed::DEMO_PASSWORD;

fn region() -> Region {
    Region {
        lang: Lang::En,
        country: "CH".into(),
        time_zone: "Europe/Zurich".into(),
    }
}

/// The signed-in organisation of the bench: the demo agency's, given a full members page,
/// some products and invoices. Returns the accounts created (they can sign in).
pub async fn fill_bench_org(db: &Db, hash: &str) -> Result<(OrgId, Vec<String>), AppError> {
    let agency = db::users::find_by_email(db, crate::seed::AGENCY_EMAIL)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = agency.last_org.ok_or(AppError::NotFound)?;
    let scope = OrgScope::authorize(db, agency.id, org, Permission::MemberInvite).await?;
    let emails: Vec<String> = (0..BENCH_ORG_MEMBERS)
        .map(|n| format!("member-{n}@bench.example"))
        .collect();
    let users = create_accounts(db, &emails, hash).await?;
    for (n, user) in users.iter().enumerate() {
        let role = [Role::Collaborator, Role::Administrator, Role::External][n % 3];
        db::members::add(db, &scope, *user, role).await?;
    }
    let now = db.now_ms();
    for n in 0..20 {
        add_product(db, &scope, n, now).await?;
    }
    for n in 0..50 {
        add_invoice(db, &scope, &format!("BEN-{n}"), n, now).await?;
    }
    Ok((org, emails))
}

/// What `bulk` wrote.
#[derive(Debug, Default)]
pub struct Written {
    pub organisations: usize,
    pub users: usize,
    pub memberships: usize,
    pub products: usize,
    pub invoices: usize,
    pub seconds: f64,
}

/// The large dataset: organisations with their legal representatives (sign-up), the other
/// accounts, memberships, products and invoices, in the proportions of the scale.
pub async fn bulk(db: &Db, scale: Scale, hash: &str) -> Result<Written, AppError> {
    let started = std::time::Instant::now();
    let mut written = Written::default();
    let orgs = scale.of(10_000);
    let users = scale.of(100_000).max(orgs);
    let memberships = scale.of(300_000).max(users);

    // Legal representatives sign up: each creates an organisation.
    let mut owners: Vec<(UserId, OrgId)> = Vec::with_capacity(orgs);
    let region = region();
    for chunk in (0..orgs).collect::<Vec<_>>().chunks(BATCH) {
        let mut tx = db.begin().await?;
        for n in chunk {
            let email = format!("owner-{n}@bulk.example");
            let name = format!("Owner {n}");
            owners.push(
                db::users::sign_up(
                    &mut tx,
                    NewUser {
                        email: &email,
                        name: &name,
                        password_hash: hash,
                        region: &region,
                    },
                    &format!("Organisation {n}"),
                    "CH",
                )
                .await?,
            );
        }
        tx.commit().await?;
    }
    written.organisations = orgs;
    let scopes: Vec<OrgScope> = stream::iter(owners.iter().copied())
        .map(|(user, org)| OrgScope::authorize(db, user, org, Permission::MemberInvite))
        .buffered(PARALLEL)
        .try_collect()
        .await?;

    let emails: Vec<String> = (0..users - orgs)
        .map(|n| format!("user-{n}@bulk.example"))
        .collect();
    let others = create_accounts(db, &emails, hash).await?;
    written.users = users;

    // Every other account joins one organisation, then some join more.
    let joins = memberships - orgs;
    let added: usize = stream::iter(0..joins)
        .map(|n| {
            let user = others[n % others.len().max(1)];
            // Successive rounds over the accounts move to other organisations.
            let round = n / others.len().max(1);
            let scope = &scopes[(n + round * 7919) % scopes.len()];
            async move {
                match db::members::add(db, scope, user, Role::Collaborator).await {
                    Ok(()) => Ok(1),
                    Err(AppError::Conflict { .. }) => Ok(0),
                    Err(err) => Err(err),
                }
            }
        })
        .buffer_unordered(PARALLEL)
        .try_fold(0, |sum, n| async move { Ok(sum + n) })
        .await?;
    written.memberships = orgs + added;

    let now = db.now_ms();
    let products = scale.of(200_000);
    stream::iter(0..products)
        .map(|n| add_product(db, &scopes[n % scopes.len()], n, now))
        .buffer_unordered(PARALLEL)
        .try_collect::<Vec<()>>()
        .await?;
    written.products = products;

    let invoices = scale.of(1_000_000);
    stream::iter(0..invoices)
        .map(|n| {
            let number = format!("BLK-{n}");
            let scope = &scopes[n % scopes.len()];
            async move { add_invoice(db, scope, &number, n, now).await }
        })
        .buffer_unordered(PARALLEL)
        .try_collect::<Vec<()>>()
        .await?;
    written.invoices = invoices;
    written.seconds = started.elapsed().as_secs_f64();
    Ok(written)
}

/// The bench's one password hash (hashing per account would take hours at this size).
pub async fn password_hash() -> Result<String, AppError> {
    password::hash(PASSWORD.to_owned()).await
}

async fn create_accounts(db: &Db, emails: &[String], hash: &str) -> Result<Vec<UserId>, AppError> {
    let region = region();
    let mut ids = Vec::with_capacity(emails.len());
    for chunk in emails.chunks(BATCH) {
        let mut tx = db.begin().await?;
        for email in chunk {
            let name = email
                .split('@')
                .next()
                .unwrap_or_default()
                .replace('-', " ");
            ids.push(
                db::users::create_account(
                    &mut tx,
                    NewUser {
                        email,
                        name: &name,
                        password_hash: hash,
                        region: &region,
                    },
                )
                .await?,
            );
        }
        tx.commit().await?;
    }
    Ok(ids)
}

async fn add_product(db: &Db, scope: &OrgScope, n: usize, now: i64) -> Result<(), AppError> {
    let kinds = [
        "domain",
        "web-mail-hosting",
        "ssl-certificate",
        "mail-service",
    ];
    let days = (n % 700) as i64 - 30;
    let status = if days < 30 {
        ProductStatus::ExpiringSoon
    } else {
        ProductStatus::Active
    };
    db::products::insert(
        db,
        scope,
        NewProduct {
            kind: kinds[n % kinds.len()],
            name: &format!("product-{n}.example"),
            status,
            expires_at: Some(now + days * DAY),
            auto_renew: n.is_multiple_of(2),
        },
    )
    .await?;
    Ok(())
}

async fn add_invoice(
    db: &Db,
    scope: &OrgScope,
    number: &str,
    n: usize,
    now: i64,
) -> Result<(), AppError> {
    let issued = now - ((n % 720) as i64) * DAY;
    let due = issued + 30 * DAY;
    let paid = (!n.is_multiple_of(5)).then_some(issued + 10 * DAY);
    let status = match paid {
        Some(_) => InvoiceStatus::Paid,
        None if due < now => InvoiceStatus::Overdue,
        None => InvoiceStatus::Unpaid,
    };
    db::invoices::insert(
        db,
        scope,
        NewInvoice {
            number,
            status,
            total_minor: 1_000 + (n as i64 % 50_000),
            issued_at: issued,
            due_at: due,
            paid_at: paid,
        },
    )
    .await?;
    Ok(())
}
