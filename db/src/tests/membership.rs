//! Members, teams and invitations on both databases.

use super::{mail, sign_up};
use crate::testing::{backends, TestDb};
use crate::{invitations, members, outbox, products, teams, users, Db, OrgScope};
use domain::datetime::Region;
use domain::dto::{InvitationStatus, MemberQuery, MemberSort, Rights};
use domain::{AppError, OrgId, Permission, ProductId, Role, UserId};

async fn scope(db: &Db, user: UserId, org: OrgId) -> OrgScope {
    OrgScope::authorize(db, user, org, Permission::OrgView)
        .await
        .unwrap()
}

/// Signs up `email` (with their own organisation) and adds them to `org` with `role`.
async fn join(db: &Db, owner: &OrgScope, email: &str, name: &str, role: Role) -> UserId {
    let (user, _) = sign_up(db, email, name).await;
    members::add(db, owner, user, role).await.unwrap();
    user
}

async fn product(db: &Db, owner: &OrgScope, name: &str) -> ProductId {
    products::insert(
        db,
        owner,
        products::NewProduct {
            kind: "domain",
            name,
            status: domain::status::ProductStatus::Active,
            expires_at: None,
            auto_renew: false,
        },
    )
    .await
    .unwrap()
}

fn rights(role: Role) -> Rights {
    Rights {
        role,
        billing_right: false,
        technical_right: false,
        products: Vec::new(),
        teams: Vec::new(),
    }
}

async fn visible(db: &Db, user: UserId, org: OrgId) -> Vec<String> {
    products::list(db, &scope(db, user, org).await)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect()
}

async fn queued_mails(db: &Db) -> usize {
    outbox::recent(db, 100).await.unwrap().len()
}

async fn invitations_are_single_use_bound_to_the_address_and_expire(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let owner_scope = scope(db, owner, org).await;
    let site = product(db, &owner_scope, "site.ch").await;
    product(db, &owner_scope, "other.ch").await;
    let team = teams::create(db, &owner_scope, "Web").await.unwrap();
    let mut granted = rights(Role::Collaborator);
    granted.billing_right = true;
    granted.teams = vec![team];
    granted.products = vec![site];
    in_tx!(db, tx => invitations::create(
        &mut tx,
        &owner_scope,
        "new@example.ch",
        &granted,
        "hash-1",
        mail("new@example.ch"),
    )
    .await)
    .unwrap();
    assert_eq!(
        outbox::recent(db, 10).await.unwrap().len(),
        1,
        "the mail is queued with it"
    );
    let again = in_tx!(db, tx => invitations::create(
        &mut tx,
        &owner_scope,
        "new@example.ch",
        &granted,
        "hash-2",
        mail("x"),
    )
    .await)
    .unwrap_err();
    assert_eq!(again.field_code("email"), Some("already-invited"));
    assert_eq!(
        outbox::recent(db, 10).await.unwrap().len(),
        1,
        "no mail for a refused one"
    );

    let found = invitations::find_pending(db, "hash-1").await.unwrap();
    assert_eq!((found.org_id, found.role), (org, Role::Collaborator));

    // Someone else's account cannot use the link.
    let (intruder, _) = sign_up(db, "intruder@example.ch", "Intruder").await;
    let err =
        in_tx!(db, tx => invitations::accept(&mut tx, "hash-1", intruder, "intruder@example.ch")
        .await)
        .unwrap_err();
    assert_eq!(err, AppError::conflict("invitation-other-account"));

    let (invited, _) = sign_up(db, "new@example.ch", "New").await;
    assert_eq!(
        in_tx!(db, tx => invitations::accept(&mut tx, "hash-1", invited, "NEW@example.ch")
            .await)
        .unwrap(),
        org
    );
    let access = scope(db, invited, org).await.access();
    assert_eq!(access.role, Role::Collaborator);
    assert!(access.billing_right);
    assert_eq!(visible(db, invited, org).await, vec!["site.ch"]);
    assert_eq!(
        crate::grants::teams_of(db, &owner_scope, invited)
            .await
            .unwrap(),
        vec![team]
    );
    assert_eq!(
        users::get(db, invited).await.unwrap().unwrap().last_org,
        Some(org)
    );

    // Single use.
    let reuse = in_tx!(db, tx => invitations::accept(&mut tx, "hash-1", invited, "new@example.ch")
        .await)
    .unwrap_err();
    assert_eq!(reuse, AppError::conflict("invitation-invalid"));

    // Inviting a member is refused.
    let member = in_tx!(db, tx => invitations::create(
        &mut tx,
        &owner_scope,
        "new@example.ch",
        &granted,
        "h3",
        mail("x"),
    )
    .await)
    .unwrap_err();
    assert_eq!(member.field_code("email"), Some("already-member"));

    // Expired, revoked, resent.
    in_tx!(db, tx => invitations::create(
        &mut tx,
        &owner_scope,
        "late@example.ch",
        &rights(Role::External),
        "late",
        mail("l"),
    )
    .await)
    .unwrap();
    sqlx::query("UPDATE invitations SET expires_at = 1 WHERE token_hash = 'late'")
        .execute(db.pool())
        .await
        .unwrap();
    assert_eq!(
        invitations::find_pending(db, "late").await.unwrap_err(),
        AppError::conflict("invitation-expired")
    );
    let listed = invitations::list(db, &owner_scope).await.unwrap();
    let late = listed
        .iter()
        .find(|i| i.email == "late@example.ch")
        .unwrap();
    assert_eq!(late.status, InvitationStatus::Expired);
    let mails_before = queued_mails(db).await;
    invitations::resend(db, &owner_scope, late.id, "late-2", mail("late@example.ch"))
        .await
        .unwrap();
    assert_eq!(queued_mails(db).await, mails_before + 1);
    assert_eq!(
        invitations::find_pending(db, "late").await.unwrap_err(),
        AppError::conflict("invitation-invalid"),
        "the old link stops working"
    );
    assert!(invitations::find_pending(db, "late-2").await.is_ok());
    invitations::revoke(db, &owner_scope, late.id)
        .await
        .unwrap();
    assert_eq!(
        invitations::find_pending(db, "late-2").await.unwrap_err(),
        AppError::conflict("invitation-invalid")
    );
    // Accepted invitations can be neither resent nor revoked.
    let accepted = listed.iter().find(|i| i.email == "new@example.ch").unwrap();
    assert_eq!(accepted.status, InvitationStatus::Accepted);
    assert_eq!(
        invitations::revoke(db, &owner_scope, accepted.id)
            .await
            .unwrap_err(),
        AppError::NotFound
    );

    // Only a legal representative invites a legal representative; limited members invite no one.
    let admin = join(
        db,
        &owner_scope,
        "admin@example.ch",
        "Admin",
        Role::Administrator,
    )
    .await;
    let admin_scope = scope(db, admin, org).await;
    let lr = in_tx!(db, tx => invitations::create(
        &mut tx,
        &admin_scope,
        "boss@example.ch",
        &rights(Role::LegalRepresentative),
        "b",
        mail("b"),
    )
    .await)
    .unwrap_err();
    assert_eq!(lr, AppError::Forbidden);
    let helper_scope = scope(db, invited, org).await;
    let limited = in_tx!(db, tx => invitations::create(
        &mut tx,
        &helper_scope,
        "x@example.ch",
        &rights(Role::External),
        "x",
        mail("x"),
    )
    .await)
    .unwrap_err();
    assert_eq!(limited, AppError::Forbidden);
}

async fn an_invited_sign_up_joins_without_a_personal_organisation(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let owner_scope = scope(db, owner, org).await;
    in_tx!(db, tx => invitations::create(
        &mut tx,
        &owner_scope,
        "fresh@example.ch",
        &rights(Role::Administrator),
        "tok",
        mail("f"),
    )
    .await)
    .unwrap();
    let region = Region::default();
    let new_user = |email| users::NewUser {
        email,
        name: "Fresh",
        password_hash: "h",
        region: &region,
    };
    // A wrong address creates no account at all.
    let err = in_tx!(db, tx => users::sign_up_invited(&mut tx, new_user("other@example.ch"), "tok")
        .await)
    .unwrap_err();
    assert_eq!(err, AppError::conflict("invitation-other-account"));
    assert!(users::find_by_email(db, "other@example.ch")
        .await
        .unwrap()
        .is_none());

    let (user, joined) =
        in_tx!(db, tx => users::sign_up_invited(&mut tx, new_user("fresh@example.ch"), "tok")
        .await)
        .unwrap();
    assert_eq!(joined, org);
    let mine = crate::orgs::list_for_user(db, user).await.unwrap();
    assert_eq!(mine.len(), 1, "no personal organisation");
    assert_eq!((mine[0].id, mine[0].role), (org, Role::Administrator));
}

async fn member_list_searches_filters_sorts_and_pages_within_its_org(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Zoe Owner").await;
    let owner_scope = scope(db, owner, org).await;
    for i in 0..29 {
        let role = if i % 3 == 0 {
            Role::External
        } else {
            Role::Collaborator
        };
        join(
            db,
            &owner_scope,
            &format!("m{i:02}@example.ch"),
            &format!("Member {i:02}"),
            role,
        )
        .await;
    }
    // Another populated organisation whose members must never show up.
    let (other, other_org) = sign_up(db, "other@example.ch", "Other Owner").await;
    let other_scope = scope(db, other, other_org).await;
    join(
        db,
        &other_scope,
        "stranger@example.ch",
        "Member Stranger",
        Role::Collaborator,
    )
    .await;

    let first = members::list(db, &owner_scope, &MemberQuery::default())
        .await
        .unwrap();
    assert_eq!(first.total, 30);
    assert_eq!(first.rows.len(), 25);
    assert_eq!(first.rows[0].name, "Member 00");
    let second = members::list(
        db,
        &owner_scope,
        &MemberQuery {
            page: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(second.rows.len(), 5);
    assert_eq!(second.rows.last().unwrap().name, "Zoe Owner");
    // A larger page the list offers holds them all; a size it does not offer is the default.
    let fifty = MemberQuery {
        page_size: 50,
        ..Default::default()
    };
    let one_page = members::list(db, &owner_scope, &fifty).await.unwrap();
    assert_eq!((one_page.rows.len(), one_page.page_size), (30, 50));
    let odd = MemberQuery {
        page_size: 1_000_000,
        ..Default::default()
    };
    assert_eq!(
        members::list(db, &owner_scope, &odd)
            .await
            .unwrap()
            .rows
            .len(),
        25
    );
    let all: Vec<_> = first.rows.iter().chain(&second.rows).collect();
    assert!(all
        .iter()
        .all(|m| !m.email.contains("stranger") && m.email != "other@example.ch"));

    let search = MemberQuery {
        search: "M1".into(),
        ..Default::default()
    };
    let found = members::list(db, &owner_scope, &search).await.unwrap();
    assert_eq!(found.total, 10, "Member 10–19, case-insensitive");
    let externals = MemberQuery {
        role: Some(Role::External),
        ..Default::default()
    };
    assert_eq!(
        members::list(db, &owner_scope, &externals)
            .await
            .unwrap()
            .total,
        10
    );
    let underscore = MemberQuery {
        search: "_".into(),
        ..Default::default()
    };
    assert_eq!(
        members::list(db, &owner_scope, &underscore)
            .await
            .unwrap()
            .total,
        0,
        "wildcards are literal"
    );
    let by_role = MemberQuery {
        sort: MemberSort::Role,
        ..Default::default()
    };
    let sorted = members::list(db, &owner_scope, &by_role).await.unwrap();
    assert_eq!(sorted.rows[0].role, Role::LegalRepresentative);
    let desc = MemberQuery {
        sort: MemberSort::Email,
        descending: true,
        ..Default::default()
    };
    assert_eq!(
        members::list(db, &owner_scope, &desc).await.unwrap().rows[0].email,
        "owner@example.ch"
    );

    // Collaborators do not see the member list.
    let collaborator = sorted
        .rows
        .iter()
        .find(|m| m.role == Role::Collaborator)
        .unwrap();
    let limited = scope(db, collaborator.user_id, org).await;
    assert_eq!(
        members::list(db, &limited, &MemberQuery::default())
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
}

async fn rights_changes_keep_a_legal_representative(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let owner_scope = scope(db, owner, org).await;
    let admin = join(
        db,
        &owner_scope,
        "admin@example.ch",
        "Admin",
        Role::Administrator,
    )
    .await;
    let helper = join(
        db,
        &owner_scope,
        "helper@example.ch",
        "Helper",
        Role::Collaborator,
    )
    .await;
    let (stranger, _) = sign_up(db, "stranger@example.ch", "Stranger").await;
    let admin_scope = scope(db, admin, org).await;

    let demote = in_tx!(db, tx => members::update_rights(&mut tx, &owner_scope, owner, &rights(Role::Administrator))
        .await)
        .unwrap_err();
    assert_eq!(demote, AppError::conflict("last-legal-representative"));
    let promote =
        in_tx!(db, tx => members::update_rights(&mut tx, &admin_scope, helper, &rights(Role::LegalRepresentative))
            .await)
            .unwrap_err();
    assert_eq!(promote, AppError::Forbidden);
    let change =
        in_tx!(db, tx => members::update_rights(&mut tx, &owner_scope, admin, &rights(Role::LegalRepresentative))
            .await)
            .unwrap();
    assert_eq!(change.role_after, Role::LegalRepresentative);
    // Now there are two: one may step down.
    in_tx!(db, tx => members::update_rights(&mut tx, &owner_scope, owner, &rights(Role::Administrator))
        .await)
        .unwrap();

    // Removal is all or none.
    let new_lr_scope = scope(db, admin, org).await;
    let err = in_tx!(db, tx => members::remove(&mut tx, &new_lr_scope, &[helper, stranger])
        .await)
    .unwrap_err();
    assert_eq!(err, AppError::NotFound);
    assert!(
        OrgScope::authorize(db, helper, org, Permission::OrgView)
            .await
            .is_ok(),
        "nothing removed"
    );
    let err = in_tx!(db, tx => members::remove(&mut tx, &new_lr_scope, &[helper, admin])
        .await)
    .unwrap_err();
    assert_eq!(err, AppError::conflict("last-legal-representative"));
    let removed = in_tx!(db, tx => members::remove(&mut tx, &new_lr_scope, &[helper, owner])
        .await)
    .unwrap();
    assert_eq!(removed.len(), 2);
    assert_eq!(members::count(db, &new_lr_scope).await.unwrap(), 1);
}

async fn billing_mails_reach_only_members_who_may_see_invoices(db: &Db) {
    use domain::membership::ContactPref;
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let owner_scope = scope(db, owner, org).await;
    let plain = join(
        db,
        &owner_scope,
        "plain@example.ch",
        "Plain",
        Role::Collaborator,
    )
    .await;
    let billing = join(
        db,
        &owner_scope,
        "billing@example.ch",
        "Bill",
        Role::Collaborator,
    )
    .await;
    let mut with_billing = rights(Role::Collaborator);
    with_billing.billing_right = true;
    in_tx!(db, tx => members::update_rights(&mut tx, &owner_scope, billing, &with_billing).await)
        .unwrap();
    // Both chose billing mails; only the one with the billing right gets them.
    for member in [plain, billing] {
        in_tx!(db, tx => members::set_contact_prefs(&mut tx, &owner_scope, member, &[ContactPref::Billing]).await)
            .unwrap();
    }
    let told: Vec<String> = members::recipients(db, &owner_scope, ContactPref::Billing)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.email)
        .collect();
    assert_eq!(told, ["billing@example.ch", "owner@example.ch"]);
}

async fn team_grants_open_products_to_their_members(db: &Db) {
    let (owner, org) = sign_up(db, "owner@example.ch", "Owner").await;
    let owner_scope = scope(db, owner, org).await;
    let helper = join(
        db,
        &owner_scope,
        "helper@example.ch",
        "Helper",
        Role::Collaborator,
    )
    .await;
    let shop = product(db, &owner_scope, "shop.ch").await;
    product(db, &owner_scope, "private.ch").await;
    let team = teams::create(db, &owner_scope, "Shop team").await.unwrap();
    let dup = teams::create(db, &owner_scope, "shop TEAM")
        .await
        .unwrap_err();
    assert_eq!(dup.field_code("name"), Some("team-name-taken"));
    assert!(visible(db, helper, org).await.is_empty());

    // A foreign product id is ignored, not granted.
    let (other, other_org) = sign_up(db, "other@example.ch", "Other").await;
    let foreign = product(db, &scope(db, other, other_org).await, "foreign.ch").await;
    teams::set_contents(db, &owner_scope, team, &[helper], &[shop, foreign])
        .await
        .unwrap();
    assert_eq!(visible(db, helper, org).await, vec!["shop.ch"]);
    let page = teams::page(db, &owner_scope).await.unwrap();
    assert_eq!(page.teams[0].products, vec![shop]);
    assert_eq!(page.teams[0].members[0].user_id, helper);
    let listed = members::list(db, &owner_scope, &MemberQuery::default())
        .await
        .unwrap();
    let row = listed.rows.iter().find(|m| m.user_id == helper).unwrap();
    assert_eq!(row.teams, vec!["Shop team"]);

    teams::rename(db, &owner_scope, team, "Online shop")
        .await
        .unwrap();
    teams::delete(db, &owner_scope, team).await.unwrap();
    assert!(
        visible(db, helper, org).await.is_empty(),
        "deleting the team withdraws its grants"
    );
    assert!(
        OrgScope::authorize(db, helper, org, Permission::OrgView)
            .await
            .is_ok(),
        "members stay"
    );

    // Another organisation's manager cannot touch this team.
    let team = teams::create(db, &owner_scope, "Again").await.unwrap();
    let outsider = scope(db, other, other_org).await;
    assert_eq!(
        teams::delete(db, &outsider, team).await.unwrap_err(),
        AppError::NotFound
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitations() {
    on_each_backend!(invitations_are_single_use_bound_to_the_address_and_expire);
    on_each_backend!(an_invited_sign_up_joins_without_a_personal_organisation);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_and_teams() {
    on_each_backend!(member_list_searches_filters_sorts_and_pages_within_its_org);
    on_each_backend!(rights_changes_keep_a_legal_representative);
    on_each_backend!(team_grants_open_products_to_their_members);
    on_each_backend!(billing_mails_reach_only_members_who_may_see_invoices);
}
