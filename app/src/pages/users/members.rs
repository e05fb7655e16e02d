//! Members list: search, role filter, sortable columns, pages, bulk removal. The list state
//! lives in the URL (`?q=…&role=…&sort=…&desc=1&page=2`).

use super::bulk_remove::RemoveDialog;
use super::tabs::UsersTabs;
use crate::api::members::{list_members, send_security_alert};
use crate::components::button::{Button, ButtonLink, ButtonType, ButtonVariant};
use crate::components::feedback::{
    error_view, EmptyState, ErrorAlert, Pill, Skeleton, SuccessNote, Tone,
};
use crate::components::icon::{Icon, IconName, IconSize};
use crate::components::page::PageHeader;
use crate::components::time::DateTime;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{
    MemberPage, MemberQuery, MemberRow, MemberSort, MEMBER_PAGE_SIZE, MEMBER_PAGE_SIZES,
};
use domain::{AppError, OrgId, Role, UserId};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn MembersPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| MemberQuery::from_params(|k| p.get(k))));
    let page = Resource::new(
        move || (org.get(), query.get()),
        |(org, query)| async move {
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
    let selected = RwSignal::new(Vec::<(UserId, String)>::new());
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
                <RemoveDialog org=org_id selected open=removing on_done=Callback::new(move |_| page.refetch()) />
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

/// A sortable column header: a button that toggles the direction, with `aria-sort`.
#[component]
fn SortHeader(
    label: &'static str,
    sort: MemberSort,
    query: Memo<MemberQuery>,
    go: Callback<MemberQuery>,
) -> impl IntoView {
    let aria = move || {
        query.with(|q| match (q.sort == sort, q.descending) {
            (true, false) => "ascending",
            (true, true) => "descending",
            _ => "none",
        })
    };
    let click = move |_| {
        let mut q = query.get_untracked();
        q.descending = q.sort == sort && !q.descending;
        q.sort = sort;
        q.page = 0;
        go.run(q);
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="mn-sort" on:click=click data-sort=sort.code()>
                {tr(label)}
                {move || match aria() {
                    "ascending" => Some(IconName::ArrowUp),
                    "descending" => Some(IconName::ArrowDown),
                    _ => None,
                }
                .map(|name| view! { <Icon name size=IconSize::Small /> })}
            </button>
        </th>
    }
}

#[component]
fn MemberTable(
    data: MemberPage,
    query: Memo<MemberQuery>,
    go: Callback<MemberQuery>,
    selected: RwSignal<Vec<(UserId, String)>>,
    org: OrgId,
    removing: RwSignal<bool>,
    alert: Action<UserId, Result<(), AppError>>,
) -> impl IntoView {
    if data.rows.is_empty() {
        return view! { <EmptyState title="users-empty-title" body="users-empty-body" /> }
            .into_any();
    }
    let manage = data.can_manage;
    let first = data.page * data.page_size + 1;
    let last = first + data.rows.len() as u32 - 1;
    let pages = (data.total as u32).div_ceil(data.page_size.max(1));
    let page_ids: Vec<(UserId, String)> = data
        .rows
        .iter()
        .map(|r| (r.user_id, r.name.clone()))
        .collect();
    let all_ids = page_ids.clone();
    let all_selected =
        move || selected.with(|s| !all_ids.is_empty() && all_ids.iter().all(|id| s.contains(id)));
    let toggle_all = move |_| {
        let ids = page_ids.clone();
        selected.update(|s| {
            if ids.iter().all(|id| s.contains(id)) {
                s.retain(|id| !ids.contains(id));
            } else {
                for id in ids {
                    if !s.contains(&id) {
                        s.push(id);
                    }
                }
            }
        });
    };
    let rows = data.rows.clone();
    view! {
        <Show when=move || manage && selected.with(|s| !s.is_empty())>
            <div class="mn-bulkbar" role="region" aria-label=tr("users-bulk-label") data-testid="bulk-bar">
                <span>{move || tr_args("users-selected", vec![("count", selected.with(Vec::len).to_string())])()}</span>
                <Button variant=ButtonVariant::Danger attr:data-testid="bulk-remove" on:click=move |_| removing.set(true)>
                    {tr("users-remove-selected")}
                </Button>
                <Button variant=ButtonVariant::Ghost on:click=move |_| selected.set(Vec::new())>
                    {tr("users-clear-selection")}
                </Button>
            </div>
        </Show>
        <div class="mn-table-wrap">
            <table class="mn-table" data-testid="members">
                <thead>
                    <tr>
                        {manage.then(|| view! {
                            <th scope="col" class="mn-table__select">
                                <input type="checkbox" aria-label=tr("users-select-page") prop:checked=all_selected on:change=toggle_all />
                            </th>
                        })}
                        <SortHeader label="users-col-name" sort=MemberSort::Name query go />
                        <SortHeader label="users-col-role" sort=MemberSort::Role query go />
                        <th scope="col">{tr("users-col-teams")}</th>
                        <th scope="col">{tr("users-col-2fa")}</th>
                        <SortHeader label="users-col-last-active" sort=MemberSort::LastActive query go />
                        <th scope="col"><span class="mn-visually-hidden">{tr("users-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <MemberLine row manage selected org alert /> }).collect_view()}
                </tbody>
            </table>
        </div>
        <nav class="mn-pager" aria-label=tr("users-pages-label")>
            <span data-testid="page-range">
                {tr_args("users-range", vec![("first", first.to_string()), ("last", last.to_string()), ("total", data.total.to_string())])}
            </span>
            <Button disabled={ data.page == 0 }
                on:click=move |_| { let mut q = query.get_untracked(); q.page = q.page.saturating_sub(1); go.run(q); }>
                {tr("users-page-previous")}
            </Button>
            <Button attr:data-testid="next-page" disabled={ data.page + 1 >= pages }
                on:click=move |_| { let mut q = query.get_untracked(); q.page += 1; go.run(q); }>
                {tr("users-page-next")}
            </Button>
            <label class="mn-pager__size">
                <span>{tr("users-per-page")}</span>
                <select
                    class="mn-input mn-select"
                    data-testid="page-size"
                    on:change=move |ev| {
                        let mut q = query.get_untracked();
                        q.page_size = event_target_value(&ev).parse().unwrap_or(MEMBER_PAGE_SIZE);
                        q.page = 0;
                        go.run(q);
                    }
                >
                    {MEMBER_PAGE_SIZES
                        .iter()
                        .map(|size| {
                            let size = *size;
                            view! { <option value=size.to_string() selected=size == data.page_size>{size}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </nav>
    }
    .into_any()
}

#[component]
fn MemberLine(
    row: MemberRow,
    manage: bool,
    selected: RwSignal<Vec<(UserId, String)>>,
    org: OrgId,
    alert: Action<UserId, Result<(), AppError>>,
) -> impl IntoView {
    let key = (row.user_id, row.name.clone());
    let member_id = row.user_id;
    let checked_key = key.clone();
    let is_checked = move || selected.with(|s| s.contains(&checked_key));
    let toggle = move |_| {
        let key = key.clone();
        selected.update(|s| {
            if let Some(i) = s.iter().position(|k| *k == key) {
                s.remove(i);
            } else {
                s.push(key);
            }
        });
    };
    let edit = format!("{}/members/{}", org_section(org, "users"), row.user_id);
    let label_name = row.name.clone();
    view! {
        <tr data-member=row.email.clone()>
            {manage.then(|| view! {
                <td class="mn-table__select">
                    <input type="checkbox" aria-label=tr_args("users-select-member", vec![("name", label_name.clone())]) prop:checked=is_checked on:change=toggle />
                </td>
            })}
            <td data-label=tr("users-col-name")>
                <strong>{row.name.clone()}</strong>
                <br />
                <span class="mn-table__note">{row.email.clone()}</span>
            </td>
            <td data-label=tr("users-col-role") data-role=row.role.code()>
                {tr_dyn(row.role.label_key())}
                {row.billing_right.then(|| view! { <span class="mn-tag">{tr("users-tag-billing")}</span> })}
                {row.technical_right.then(|| view! { <span class="mn-tag">{tr("users-tag-technical")}</span> })}
            </td>
            <td data-label=tr("users-col-teams")>
                {if row.teams.is_empty() { "—".to_owned() } else { row.teams.join(", ") }}
            </td>
            <td data-label=tr("users-col-2fa")>
                {match row.two_factor {
                    Some(true) => view! { <Pill tone=Tone::Success>{tr("users-2fa-on")}</Pill> }.into_any(),
                    Some(false) => view! { <Pill tone=Tone::Danger>{tr("users-2fa-off")}</Pill> }.into_any(),
                    None => view! { <span class="mn-table__note" title=tr("users-2fa-unknown")>"—"</span> }.into_any(),
                }}
            </td>
            <td data-label=tr("users-col-last-active")>
                {match row.last_active_at {
                    Some(at) => view! { <DateTime at /> }.into_any(),
                    None => view! { <span class="mn-table__note">{tr("users-never-active")}</span> }.into_any(),
                }}
            </td>
            <td class="mn-table__actions">
                {(manage && row.two_factor == Some(false)).then(|| view! {
                    <Button variant=ButtonVariant::Ghost attr:data-testid="security-alert"
                        disabled=alert.pending()
                        on:click=move |_| { alert.dispatch(member_id); }>
                        {tr("users-send-alert")}
                    </Button>
                })}
                {manage.then(|| view! { <ButtonLink href=edit.clone() attr:data-testid="edit-member">{tr("users-edit")}</ButtonLink> })}
            </td>
        </tr>
    }
}
