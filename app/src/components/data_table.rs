//! The data table (UI.md): columns with Fluent headers, sortable headers, row selection with a
//! bulk-action bar, a ⋮ menu per row, pagination, a sticky header and stacked cards on phones.
//!
//! The table only renders and reports clicks: sorting, selection and page are owned by the
//! page (signals or the URL query) and passed in, so a server build and the hydrating browser
//! render the same thing.

use crate::components::button::{Button, ButtonSize, ButtonVariant};
use crate::components::icon::{Icon, IconName, IconSize};
use crate::components::menu::{Dropdown, MenuAlign};
use crate::i18n::{tr, tr_args};
use leptos::prelude::*;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::html::attribute::custom::custom_attribute;
use std::sync::Arc;

/// A function of one row: a cell's content, a row's key, name or attributes.
pub type RowFn<T, R> = Arc<dyn Fn(&T) -> R + Send + Sync>;

/// The bulk actions shown while rows are selected; receives the selected row keys.
pub type BulkFn = Arc<dyn Fn(Signal<Vec<String>>) -> AnyView + Send + Sync>;

/// Wraps a cell render function: `cell(|row: &Row| view! { … }.into_any())`.
pub fn cell<T, F>(render: F) -> RowFn<T, AnyView>
where
    F: Fn(&T) -> AnyView + Send + Sync + 'static,
{
    Arc::new(render)
}

/// Wraps a function of a row (key, name, attributes, menu).
pub fn row_fn<T, R, F>(f: F) -> RowFn<T, R>
where
    F: Fn(&T) -> R + Send + Sync + 'static,
{
    Arc::new(f)
}

/// One column.
pub struct Column<T> {
    /// Fluent key of the header.
    pub label: &'static str,
    /// The code the page sorts by when the header is clicked; `None` for a column that does
    /// not sort.
    pub sort: Option<&'static str>,
    /// Fluent key each cell shows before its value on phones (`data-label`), usually the
    /// header's; `None` for cells that explain themselves (actions).
    pub card_label: Option<&'static str>,
    /// The header is for screen readers only (an actions column).
    pub hidden_label: bool,
    /// Class of each cell (`"mn-num"`, `"mn-table__actions"`).
    pub class: Option<&'static str>,
    /// Renders the cell of a row.
    pub cell: RowFn<T, AnyView>,
}

impl<T> Clone for Column<T> {
    fn clone(&self) -> Self {
        Column {
            label: self.label,
            sort: self.sort,
            card_label: self.card_label,
            hidden_label: self.hidden_label,
            class: self.class,
            cell: self.cell.clone(),
        }
    }
}

/// The current sort: which column code, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SortState {
    pub key: &'static str,
    pub descending: bool,
}

impl SortState {
    /// `aria-sort` of the column sorted by `key`.
    pub fn aria(state: Option<SortState>, key: &str) -> &'static str {
        match state {
            Some(s) if s.key == key && s.descending => "descending",
            Some(s) if s.key == key => "ascending",
            _ => "none",
        }
    }
}

/// Pages of a list: the current one (from 0) and how many there are; `go` is called with
/// the page asked for.
#[derive(Clone, Copy)]
pub struct Pagination {
    pub page: Signal<u32>,
    pub pages: Signal<u32>,
    pub go: Callback<u32>,
}

/// A `<table class="mn-table">` of `rows`.
#[component]
pub fn DataTable<T>(
    /// The rows of this page.
    rows: Vec<T>,
    columns: Vec<Column<T>>,
    /// A stable key per row: what the selection holds, and part of the row menu's id.
    row_key: RowFn<T, String>,
    /// What a row is called in the labels of its checkbox and menu ("Select …").
    #[prop(optional)]
    row_name: Option<RowFn<T, String>>,
    /// Extra attributes of each `<tr>` (`data-session`, …), for tests and styles.
    #[prop(optional)]
    row_attrs: Option<RowFn<T, Vec<(&'static str, String)>>>,
    /// `data-testid` of the `<table>`.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// Id prefix of the row menus (unique on the page).
    #[prop(optional)]
    id: Option<&'static str>,
    /// The current sort, owned by the page.
    #[prop(optional, into)]
    sort: MaybeProp<SortState>,
    /// Called with a column's sort code when its header is clicked.
    #[prop(optional)]
    on_sort: Option<Callback<&'static str>>,
    /// The selected row keys, owned by the page; with it each row gets a checkbox.
    #[prop(optional)]
    selection: Option<RwSignal<Vec<String>>>,
    /// The bulk-action bar's actions, shown while rows are selected.
    #[prop(optional)]
    bulk_actions: Option<BulkFn>,
    /// The items of each row's ⋮ menu (buttons or links).
    #[prop(optional)]
    row_menu: Option<RowFn<T, ViewFn>>,
    #[prop(optional)] pagination: Option<Pagination>,
    /// Shown instead of the table when there are no rows: an `EmptyState`.
    empty: ViewFn,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    if rows.is_empty() {
        return empty.run();
    }
    let id = id.unwrap_or("table");
    let keys: Vec<String> = rows.iter().map(|r| row_key(r)).collect();
    let bulk_bar = selection.map(|selected| {
        let bulk_actions = bulk_actions.clone();
        view! {
            <Show when=move || selected.with(|s| !s.is_empty())>
                <div class="mn-bulkbar" role="region" aria-label=tr("table-bulk-label") data-testid="bulk-bar">
                    <span data-testid="selected-count">
                        {move || tr_args("table-selected", vec![("count", selected.with(Vec::len).to_string())])()}
                    </span>
                    {bulk_actions.as_ref().map(|f| f(selected.into()))}
                    <Button variant=ButtonVariant::Ghost on:click=move |_| selected.set(Vec::new())>
                        {tr("table-clear-selection")}
                    </Button>
                </div>
            </Show>
        }
    });
    let select_all = selection.map(|selected| {
        let (all_keys, some_keys, toggle_keys) = (keys.clone(), keys.clone(), keys.clone());
        let all = move || selected.with(|s| all_keys.iter().all(|k| s.contains(k)));
        let some = move || selected.with(|s| some_keys.iter().any(|k| s.contains(k)));
        let all_for_indeterminate = {
            let keys = keys.clone();
            move || selected.with(|s| keys.iter().all(|k| s.contains(k)))
        };
        let toggle = move |_| {
            selected.update(|s| {
                if toggle_keys.iter().all(|k| s.contains(k)) {
                    s.retain(|k| !toggle_keys.contains(k));
                } else {
                    for k in &toggle_keys {
                        if !s.contains(k) {
                            s.push(k.clone());
                        }
                    }
                }
            })
        };
        view! {
            <th scope="col" class="mn-table__select">
                <input type="checkbox" aria-label=tr("table-select-all") data-testid="select-all"
                    prop:checked=all
                    prop:indeterminate=move || some() && !all_for_indeterminate()
                    on:change=toggle />
            </th>
        }
    });
    let headers = columns
        .iter()
        .map(|col| {
            let label = col.label;
            match (col.sort, on_sort) {
                (Some(key), Some(on_sort)) => {
                    let aria = move || SortState::aria(sort.get(), key);
                    let icon = move || match aria() {
                        "ascending" => IconName::ArrowUp,
                        "descending" => IconName::ArrowDown,
                        _ => IconName::ArrowUpDown,
                    };
                    view! {
                        <th scope="col" aria-sort=aria>
                            <button type="button" class="mn-sort" data-sort=key on:click=move |_| on_sort.run(key)>
                                {tr(label)}
                                {move || view! { <Icon name=icon() size=IconSize::Small /> }}
                            </button>
                        </th>
                    }
                    .into_any()
                }
                _ if col.hidden_label => view! {
                    <th scope="col"><span class="mn-visually-hidden">{tr(label)}</span></th>
                }
                .into_any(),
                _ => view! { <th scope="col">{tr(label)}</th> }.into_any(),
            }
        })
        .collect_view();
    let menu_header = row_menu.is_some().then(|| {
        view! { <th scope="col"><span class="mn-visually-hidden">{tr("table-col-menu")}</span></th> }
    });
    let body = rows
        .into_iter()
        .zip(keys)
        .map(|(row, key)| {
            let name = row_name.as_ref().map_or_else(|| key.clone(), |f| f(&row));
            let attrs: Vec<AnyAttribute> = row_attrs
                .as_ref()
                .map(|f| f(&row))
                .unwrap_or_default()
                .into_iter()
                .map(|(k, v)| custom_attribute(k, v).into_any_attr())
                .collect();
            let check = selection.map(|selected| {
                let (checked_key, toggle_key) = (key.clone(), key.clone());
                let checked = move || selected.with(|s| s.contains(&checked_key));
                let toggle = move |_| {
                    let key = toggle_key.clone();
                    selected.update(|s| match s.iter().position(|k| *k == key) {
                        Some(i) => {
                            s.remove(i);
                        }
                        None => s.push(key),
                    })
                };
                view! {
                    <td class="mn-table__select">
                        <input type="checkbox" aria-label=tr_args("table-select-row", vec![("name", name.clone())])
                            prop:checked=checked on:change=toggle />
                    </td>
                }
            });
            let cells = columns
                .iter()
                .map(|col| {
                    let label = col.card_label.map(|k| tr(k)());
                    view! { <td class=col.class data-label=label>{(col.cell)(&row)}</td> }
                })
                .collect_view();
            let menu = row_menu.as_ref().map(|items| {
                let items = items(&row);
                let menu_id = format!("{id}-{key}");
                let menu_label = tr_args("table-row-menu", vec![("name", name.clone())]);
                view! {
                    <td class="mn-table__menu">
                        <Dropdown
                            id=menu_id
                            label=Signal::derive(menu_label)
                            align=MenuAlign::End
                            trigger=ViewFn::from(|| view! { <Icon name=IconName::EllipsisVertical size=IconSize::Medium /> })
                        >
                            {items.run()}
                        </Dropdown>
                    </td>
                }
            });
            view! { <tr {..attrs}>{check}{cells}{menu}</tr> }
        })
        .collect_view();
    let pager = pagination.map(|p| {
        let page_text = move || {
            let args = vec![
                ("page", (p.page.get() + 1).to_string()),
                ("pages", p.pages.get().max(1).to_string()),
            ];
            tr_args("table-page", args)()
        };
        view! {
            <nav class="mn-pager" aria-label=tr("table-pages-label")>
                <span data-testid="page-of">{page_text}</span>
                <Button size=ButtonSize::Small attr:data-testid="previous-page"
                    disabled=Signal::derive(move || p.page.get() == 0)
                    on:click=move |_| p.go.run(p.page.get_untracked().saturating_sub(1))>
                    {tr("table-page-previous")}
                </Button>
                <Button size=ButtonSize::Small attr:data-testid="next-page"
                    disabled=Signal::derive(move || p.page.get() + 1 >= p.pages.get())
                    on:click=move |_| p.go.run(p.page.get_untracked() + 1)>
                    {tr("table-page-next")}
                </Button>
            </nav>
        }
    });
    view! {
        {bulk_bar}
        <div class="mn-table-wrap mn-table-wrap--scroll">
            <table class="mn-table" data-testid=testid>
                <thead>
                    <tr>{select_all}{headers}{menu_header}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {pager}
    }
    .into_any()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[derive(Clone)]
    struct Row {
        id: &'static str,
        name: &'static str,
    }

    fn columns() -> Vec<Column<Row>> {
        vec![
            Column {
                label: "sessions-col-device",
                sort: Some("name"),
                card_label: Some("sessions-col-device"),
                hidden_label: false,
                class: None,
                cell: cell(|r: &Row| r.name.into_any()),
            },
            Column {
                label: "users-col-actions",
                sort: None,
                card_label: None,
                hidden_label: true,
                class: Some("mn-table__actions"),
                cell: cell(|_: &Row| ().into_any()),
            },
        ]
    }

    fn rows() -> Vec<Row> {
        vec![
            Row {
                id: "a",
                name: "Alpha",
            },
            Row {
                id: "b",
                name: "Beta",
            },
        ]
    }

    #[test]
    fn a_table_renders_sort_selection_menu_pages_and_phone_labels() {
        let out = Owner::new().with(|| {
            let selected = RwSignal::new(vec!["a".to_owned()]);
            view! {
                <DataTable
                    rows=rows()
                    columns=columns()
                    testid="things"
                    id="things"
                    row_key=row_fn(|r: &Row| r.id.to_owned())
                    row_name=row_fn(|r: &Row| r.name.to_owned())
                    row_attrs=row_fn(|r: &Row| vec![("data-thing", r.id.to_owned())])
                    sort=SortState { key: "name", descending: true }
                    on_sort=Callback::new(|_: &'static str| {})
                    selection=selected
                    bulk_actions=Arc::new(|_| "bulk".into_any())
                    row_menu=row_fn(|_: &Row| ViewFn::from(|| "item"))
                    pagination=Pagination {
                        page: Signal::stored(1),
                        pages: Signal::stored(3),
                        go: Callback::new(|_: u32| {}),
                    }
                    empty=ViewFn::from(|| "empty")
                />
            }
            .into_any()
            .to_html()
        });
        assert!(out.contains(r#"data-testid="things""#), "{out}");
        assert!(out.contains(r#"aria-sort="descending""#), "{out}");
        assert!(out.contains(r#"data-icon="arrow-down""#), "{out}");
        assert!(out.contains(r#"data-thing="a""#), "{out}");
        assert!(out.contains(r#"data-label="Device""#), "{out}");
        assert!(out.contains("1 selected"), "{out}");
        assert!(out.contains("bulk"), "{out}");
        assert!(out.contains(r#"aria-label="Select Alpha""#), "{out}");
        assert!(out.contains(r#"aria-label="Actions for Beta""#), "{out}");
        assert!(out.contains(r#"id="things-b-button""#), "{out}");
        assert!(out.contains(r#"data-icon="ellipsis-vertical""#), "{out}");
        assert!(out.contains("Page 2 of 3"), "{out}");
        assert!(!out.contains("empty"), "{out}");
    }

    #[test]
    fn no_rows_show_the_empty_state() {
        let out = Owner::new().with(|| {
            view! {
                <DataTable
                    rows={ Vec::<Row>::new() }
                    columns=columns()
                    row_key=row_fn(|r: &Row| r.id.to_owned())
                    empty=ViewFn::from(|| "nothing here")
                />
            }
            .into_any()
            .to_html()
        });
        assert!(out.contains("nothing here"), "{out}");
        assert!(!out.contains("<table"), "{out}");
    }
}
