//! Members list: search, role filter, sortable columns, pages, bulk removal. The list state
//! lives in the URL (`?q=…&role=…&sort=…&desc=1&page=2`).

use super::bulk_remove::RemoveDialog;
use super::tabs::UsersTabs;
use crate::api::members::remove_members;
use crate::api::members::{list_members, send_security_alert};
use crate::components::button::{Button, ButtonLink, ButtonType, ButtonVariant};
use crate::components::data_table::{
    cell, row_fn, Column, DataTable, PageSizes, Pagination, RowRange, SortState,
};
use crate::components::feedback::{
    error_view, EmptyState, ErrorAlert, Pill, Skeleton, SuccessNote, Tone,
};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_dyn};
use crate::layout::{successes, use_org_param};
use crate::routes::org_section;
use domain::dto::{MemberPage, MemberQuery, MemberRow, MemberSort, MEMBER_PAGE_SIZES};
use domain::{AppError, OrgId, Role, UserId};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use std::sync::Arc;

/// A selected member: who, and the name the removal confirmation shows.
pub type Selected = (UserId, String);

#[component]
pub fn MembersPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| MemberQuery::from_params(|k| p.get(k))));
    let remove = Action::new(move |ids: &Vec<UserId>| {
        let ids = ids.clone();
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            remove_members(org, ids).await
        }
    });
    // Reloads by itself once members were removed.
    let removed = successes(remove);
    let page = Resource::new(
        move || (org.get(), query.get(), removed.get()),
        |(org, query, _)| async move {
            match org {
                Some(org) => list_members(org, query).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = use_navigate();
    let go = Callback::new(move |q: MemberQuery| {
        if let Some(org) = org.get_untracked() {
            navigate(
                &format!("{}{}", org_section(org, "users"), q.to_query_string()),
                Default::default(),
            );
        }
    });
    let selected = RwSignal::new(Vec::<Selected>::new());
    let removing = RwSignal::new(false);
    let alert = Action::new(move |member: &UserId| {
        let member = *member;
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            send_security_alert(org, member).await
        }
    });
    let alert_sent = Signal::derive(move || matches!(alert.value().get(), Some(Ok(()))));
    let alert_error = Signal::derive(move || alert.value().get().and_then(Result::err));
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader
                    title="users-title"
                    lead="users-lead"
                    action=Box::new(move || view! {
                        <ButtonLink href=format!("{}/invite", org_section(org_id, "users")) variant=ButtonVariant::Primary attr:data-testid="invite-button">
                            {tr("users-invite")}
                        </ButtonLink>
                    }.into_any())
                />
                <UsersTabs org=org_id />
                <SearchBar query go />
                <SuccessNote show=alert_sent message="users-alert-sent" />
                <ErrorAlert error=alert_error />
                <Transition fallback=|| view! { <Skeleton rows=8 /> }>
                    {move || Suspend::new(async move {
                        match page.await {
                            Ok(data) => view! { <MemberTable data query go selected org=org_id removing alert /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
                <RemoveDialog selected open=removing remove />
            }
        })
    }
}

#[component]
fn SearchBar(query: Memo<MemberQuery>, go: Callback<MemberQuery>) -> impl IntoView {
    let search = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut q = query.get_untracked();
        q.search = search.get().map(|i| i.value()).unwrap_or_default();
        q.page = 0;
        go.run(q);
    };
    let on_role = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.role = Role::from_code(&event_target_value(&ev));
        q.page = 0;
        go.run(q);
    };
    view! {
        <form class="mn-toolbar" role="search" on:submit=submit data-testid="member-search">
            <label class="mn-toolbar__search">
                <span class="mn-visually-hidden">{tr("users-search-label")}</span>
                <input
                    class="mn-input"
                    type="search"
                    name="q"
                    node_ref=search
                    placeholder=tr("users-search-placeholder")
                    prop:value=move || query.with(|q| q.search.clone())
                />
            </label>
            <label>
                <span class="mn-visually-hidden">{tr("users-filter-role")}</span>
                <select class="mn-input mn-select" name="role" on:change=on_role data-testid="role-filter">
                    <option value="" selected=move || query.with(|q| q.role.is_none())>{tr("users-filter-all-roles")}</option>
                    {Role::ALL
                        .into_iter()
                        .map(|role| view! {
                            <option value=role.code() selected=move || query.with(|q| q.role == Some(role))>
                                {tr_dyn(role.label_key())}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="mn-checkbox">
                <input type="checkbox" data-testid="without-2fa"
                    prop:checked=move || query.with(|q| q.without_two_factor)
                    on:change=move |ev| {
                        let mut q = query.get_untracked();
                        q.without_two_factor = event_target_checked(&ev);
                        q.page = 0;
                        go.run(q);
                    } />
                <span>{tr("users-filter-without-2fa")}</span>
            </label>
            <Button kind=ButtonType::Submit>{tr("users-search-submit")}</Button>
        </form>
    }
}

#[component]
fn MemberTable(
    data: MemberPage,
    query: Memo<MemberQuery>,
    go: Callback<MemberQuery>,
    selected: RwSignal<Vec<Selected>>,
    org: OrgId,
    removing: RwSignal<bool>,
    alert: Action<UserId, Result<(), AppError>>,
) -> impl IntoView {
    let manage = data.can_manage;
    let first = data.page * data.page_size + 1;
    let range = RowRange {
        first,
        last: first + (data.rows.len() as u32).saturating_sub(1),
        total: data.total.max(0) as u64,
    };
    let pagination = Pagination {
        page: Signal::stored(data.page),
        pages: Signal::stored((data.total as u32).div_ceil(data.page_size.max(1))),
        go: Callback::new(move |page| {
            let mut q = query.get_untracked();
            q.page = page;
            go.run(q);
        }),
        range: Some(range),
        sizes: Some(PageSizes {
            choices: &MEMBER_PAGE_SIZES,
            current: data.page_size,
            choose: Callback::new(move |size| {
                let mut q = query.get_untracked();
                q.page_size = size;
                q.page = 0;
                go.run(q);
            }),
        }),
    };
    let sort = Signal::derive(move || {
        query.with(|q| SortState {
            key: q.sort.code(),
            descending: q.descending,
        })
    });
    let on_sort = Callback::new(move |code: &'static str| {
        let Some(sort) = MemberSort::from_code(code) else {
            return;
        };
        let mut q = query.get_untracked();
        q.descending = q.sort == sort && !q.descending;
        q.sort = sort;
        q.page = 0;
        go.run(q);
    });
    view! {
        <DataTable
            rows=data.rows
            columns=member_columns(manage, org, alert)
            testid="members"
            id="members"
            row_key=row_fn(|r: &MemberRow| (r.user_id, r.name.clone()))
            row_name=row_fn(|r: &MemberRow| r.name.clone())
            row_attrs=row_fn(|r: &MemberRow| vec![("data-member", r.email.clone())])
            sort
            on_sort
            selection=manage.then_some(selected)
            bulk_actions=Arc::new(move |_| view! {
                <Button variant=ButtonVariant::Danger attr:data-testid="bulk-remove" on:click=move |_| removing.set(true)>
                    {tr("users-remove-selected")}
                </Button>
            }.into_any())
            pagination
            empty=ViewFn::from(|| view! { <EmptyState title="users-empty-title" body="users-empty-body" /> })
        />
    }
}

fn member_columns(
    manage: bool,
    org: OrgId,
    alert: Action<UserId, Result<(), AppError>>,
) -> Vec<Column<MemberRow>> {
    vec![
        Column::new(
            "users-col-name",
            cell(|r: &MemberRow| {
                view! {
                    <strong>{r.name.clone()}</strong>
                    <br />
                    <span class="mn-table__note">{r.email.clone()}</span>
                }
                .into_any()
            }),
        )
        .sortable(MemberSort::Name.code()),
        Column::new(
            "users-col-role",
            cell(|r: &MemberRow| {
                view! {
                    <span data-role=r.role.code()>{tr_dyn(r.role.label_key())}</span>
                    {r.billing_right.then(|| view! { <span class="mn-tag">{tr("users-tag-billing")}</span> })}
                    {r.technical_right.then(|| view! { <span class="mn-tag">{tr("users-tag-technical")}</span> })}
                }
                .into_any()
            }),
        )
        .sortable(MemberSort::Role.code()),
        Column::new(
            "users-col-teams",
            cell(|r: &MemberRow| {
                if r.teams.is_empty() { "—".to_owned() } else { r.teams.join(", ") }.into_any()
            }),
        ),
        Column::new(
            "users-col-2fa",
            cell(|r: &MemberRow| match r.two_factor {
                Some(true) => view! { <Pill tone=Tone::Success>{tr("users-2fa-on")}</Pill> }.into_any(),
                Some(false) => view! { <Pill tone=Tone::Danger>{tr("users-2fa-off")}</Pill> }.into_any(),
                None => view! { <span class="mn-table__note" title=tr("users-2fa-unknown")>"—"</span> }.into_any(),
            }),
        ),
        Column::new(
            "users-col-last-active",
            cell(|r: &MemberRow| match r.last_active_at {
                Some(at) => view! { <DateTime at /> }.into_any(),
                None => view! { <span class="mn-table__note">{tr("users-never-active")}</span> }.into_any(),
            }),
        )
        .sortable(MemberSort::LastActive.code()),
        Column::actions(
            "users-col-actions",
            cell(move |r: &MemberRow| {
                let member = r.user_id;
                let edit = format!("{}/members/{}", org_section(org, "users"), r.user_id);
                view! {
                    {(manage && r.two_factor == Some(false)).then(|| view! {
                        <Button variant=ButtonVariant::Ghost attr:data-testid="security-alert"
                            disabled=alert.pending()
                            on:click=move |_| { alert.dispatch(member); }>
                            {tr("users-send-alert")}
                        </Button>
                    })}
                    {manage.then(|| view! { <ButtonLink href=edit attr:data-testid="edit-member">{tr("users-edit")}</ButtonLink> })}
                }
                .into_any()
            }),
        ),
    ]
}
