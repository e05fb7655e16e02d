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
pub type BulkFn<K> = Arc<dyn Fn(Signal<Vec<K>>) -> AnyView + Send + Sync>;

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

impl<T> Column<T> {
    /// A column headed `label` (a Fluent key), also shown before each cell on phones.
    pub fn new(label: &'static str, cell: RowFn<T, AnyView>) -> Self {
        Column {
            label,
            sort: None,
            card_label: Some(label),
            hidden_label: false,
            class: None,
            cell,
        }
    }

    /// The actions column: its header is for screen readers only and its cells explain
    /// themselves on phones.
    pub fn actions(label: &'static str, cell: RowFn<T, AnyView>) -> Self {
        Column {
            label,
            sort: None,
            card_label: None,
            hidden_label: true,
            class: Some("mn-table__actions"),
            cell,
        }
    }

    /// Sorted by `code` when its header is clicked.
    pub fn sortable(self, code: &'static str) -> Self {
        Column {
            sort: Some(code),
            ..self
        }
    }

    /// The class of each cell (`"mn-num"` for figures).
    pub fn with_class(self, class: &'static str) -> Self {
        Column {
            class: Some(class),
            ..self
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
    /// Which rows of how many this page shows; without it the pager says "Page n of m".
    pub range: Option<RowRange>,
    /// A choice of rows per page.
    pub sizes: Option<PageSizes>,
}

/// Rows `first`..=`last` (from 1) of `total`.
#[derive(Clone, Copy)]
pub struct RowRange {
    pub first: u32,
    pub last: u32,
    pub total: u64,
}

/// The rows-per-page choices, the current one, and what to call with a new one.
#[derive(Clone, Copy)]
pub struct PageSizes {
    pub choices: &'static [u32],
    pub current: u32,
    pub choose: Callback<u32>,
}

/// A `<table class="mn-table">` of `rows`.
#[component]
pub fn DataTable<T, K>(
    /// The rows of this page.
    rows: Vec<T>,
    columns: Vec<Column<T>>,
    /// A stable key per row: what the selection holds (it may outlive the page).
    row_key: RowFn<T, K>,
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
    /// The selected row keys, owned by the page; with it each row gets a checkbox (`None`
    /// where the viewer may not act on rows).
    #[prop(default = None)]
    selection: Option<RwSignal<Vec<K>>>,
    /// The bulk-action bar's actions, shown while rows are selected.
    #[prop(optional)]
    bulk_actions: Option<BulkFn<K>>,
    /// The items of each row's ⋮ menu (buttons or links).
    #[prop(optional)]
    row_menu: Option<RowFn<T, ViewFn>>,
    #[prop(optional)] pagination: Option<Pagination>,
    /// Shown instead of the table when there are no rows: an `EmptyState`.
    empty: ViewFn,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    K: Clone + PartialEq + Send + Sync + 'static,
{
    if rows.is_empty() {
        return empty.run();
    }
    let id = id.unwrap_or("table");
    let keys: Vec<K> = rows.iter().map(|r| row_key(r)).collect();
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
        .enumerate()
        .map(|(index, (row, key))| {
            let name = row_name.as_ref().map_or_else(String::new, |f| f(&row));
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
                let menu_id = format!("{id}-{index}");
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
        let place = match p.range {
            Some(r) => {
                let args = vec![
                    ("first", r.first.to_string()),
                    ("last", r.last.to_string()),
                    ("total", r.total.to_string()),
                ];
                view! { <span data-testid="page-range">{tr_args("table-range", args)}</span> }
                    .into_any()
            }
            None => {
                let page_text = move || {
                    let args = vec![
                        ("page", (p.page.get() + 1).to_string()),
                        ("pages", p.pages.get().max(1).to_string()),
                    ];
                    tr_args("table-page", args)()
                };
                view! { <span data-testid="page-of">{page_text}</span> }.into_any()
            }
        };
        let sizes = p.sizes.map(|sizes| {
            view! {
                <label class="mn-pager__size">
                    <span>{tr("table-per-page")}</span>
                    <select class="mn-input mn-select" data-testid="page-size"
                        on:change=move |ev| {
                            if let Ok(size) = event_target_value(&ev).parse() {
                                sizes.choose.run(size);
                            }
                        }>
                        {sizes
                            .choices
                            .iter()
                            .map(|&size| view! {
                                <option value=size.to_string() selected=size == sizes.current>{size}</option>
                            })
                            .collect_view()}
                    </select>
                </label>
            }
        });
        view! {
            <nav class="mn-pager" aria-label=tr("table-pages-label")>
                {place}
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
                {sizes}
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
            Column::new("sessions-col-device", cell(|r: &Row| r.name.into_any())).sortable("name"),
            Column::actions("users-col-actions", cell(|_: &Row| ().into_any())),
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
                    selection=Some(selected)
                    bulk_actions=Arc::new(|_| "bulk".into_any())
                    row_menu=row_fn(|_: &Row| ViewFn::from(|| "item"))
                    pagination=Pagination {
                        page: Signal::stored(1),
                        pages: Signal::stored(3),
                        go: Callback::new(|_: u32| {}),
                        range: None,
                        sizes: None,
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
        assert!(out.contains(r#"id="things-1-button""#), "{out}");
        assert!(out.contains(r#"data-icon="ellipsis-vertical""#), "{out}");
        assert!(out.contains("Page 2 of 3"), "{out}");
        assert!(!out.contains("empty"), "{out}");
    }

    #[test]
    fn a_pager_with_a_range_and_sizes_shows_which_rows_and_the_current_size() {
        let out = Owner::new().with(|| {
            view! {
                <DataTable
                    rows=rows()
                    columns=columns()
                    row_key=row_fn(|r: &Row| r.id.to_owned())
                    pagination=Pagination {
                        page: Signal::stored(1),
                        pages: Signal::stored(2),
                        go: Callback::new(|_: u32| {}),
                        range: Some(RowRange { first: 26, last: 27, total: 27 }),
                        sizes: Some(PageSizes {
                            choices: &[25, 50],
                            current: 25,
                            choose: Callback::new(|_: u32| {}),
                        }),
                    }
                    empty=ViewFn::from(|| "empty")
                />
            }
            .into_any()
            .to_html()
        });
        assert!(out.contains("26–27 of 27"), "{out}");
        assert!(!out.contains("page-of"), "{out}");
        assert!(out.contains(r#"<option value="25" selected"#), "{out}");
        assert!(!out.contains(r#"<option value="50" selected"#), "{out}");
    }

    /// Every list is a `DataTable`: no page writes its own `<table>`.
    #[test]
    fn no_page_writes_its_own_table() {
        let pages = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pages");
        let mut stack = vec![std::path::PathBuf::from(pages)];
        let (mut offenders, mut scanned) = (Vec::new(), 0);
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                scanned += 1;
                if std::fs::read_to_string(&path).is_ok_and(|t| t.contains("<table")) {
                    offenders.push(path.display().to_string());
                }
            }
        }
        assert!(scanned > 20, "scanned the pages ({scanned} files)");
        assert!(
            offenders.is_empty(),
            "pages writing a <table>: {offenders:?}"
        );
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
