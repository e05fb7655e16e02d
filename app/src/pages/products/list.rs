//! The organisation's products: search, filters by kind and status (incl. "expiring in 30
//! days"), sortable columns and pages, all kept in the URL
//! (`?q=…&kind=…&status=…&sort=…&desc=1&per=50&page=2`).

use crate::api::products::list_products;
use crate::components::button::{Button, ButtonLink, ButtonType, ButtonVariant};
use crate::components::data_table::{
    cell, row_fn, Column, DataTable, PageSizes, Pagination, RowRange, SortState,
};
use crate::components::feedback::{error_view, EmptyState, Pill, Skeleton, StatusPill, Tone};
use crate::components::page::PageHeader;
use crate::components::time::Date;
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::{
    ProductFilter, ProductListRow, ProductPage, ProductQuery, ProductSort, PRODUCT_KINDS,
    PRODUCT_PAGE_SIZES,
};
use domain::{AppError, OrgId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn ProductsPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_query_map();
    let query = Memo::new(move |_| params.with(|p| ProductQuery::from_params(|k| p.get(k))));
    let page = Resource::new(
        move || (org.get(), query.get()),
        |(org, query)| async move {
            match org {
                Some(org) => list_products(org, query).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    let navigate = use_navigate();
    let go = Callback::new(move |q: ProductQuery| {
        if let Some(org) = org.get_untracked() {
            navigate(
                &format!("{}{}", org_section(org, "products"), q.to_query_string()),
                Default::default(),
            );
        }
    });
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader
                    title="products-title"
                    lead="products-lead"
                    action=Box::new(move || view! {
                        // Shown once the list says the viewer may order (same request).
                        <Transition fallback=|| ()>
                            {move || Suspend::new(async move {
                                page.await.ok().filter(|p| p.can_order).map(|_| view! {
                                    <ButtonLink href=format!("{}/order", org_section(org_id, "products")) variant=ButtonVariant::Primary attr:data-testid="order-button">
                                        {tr("products-order")}
                                    </ButtonLink>
                                })
                            })}
                        </Transition>
                    }.into_any())
                />
                <ProductSearch query go />
                <Transition fallback=|| view! { <Skeleton rows=8 /> }>
                    {move || Suspend::new(async move {
                        match page.await {
                            Ok(data) => view! { <ProductTable data query go org=org_id /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn ProductSearch(query: Memo<ProductQuery>, go: Callback<ProductQuery>) -> impl IntoView {
    let search = NodeRef::<leptos::html::Input>::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut q = query.get_untracked();
        q.search = search.get().map(|i| i.value()).unwrap_or_default();
        q.page = 0;
        go.run(q);
    };
    let on_kind = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        let kind = event_target_value(&ev);
        q.kind = PRODUCT_KINDS.contains(&kind.as_str()).then_some(kind);
        q.page = 0;
        go.run(q);
    };
    let on_status = move |ev: leptos::ev::Event| {
        let mut q = query.get_untracked();
        q.filter = ProductFilter::from_code(&event_target_value(&ev));
        q.page = 0;
        go.run(q);
    };
    view! {
        <form class="mn-toolbar" role="search" on:submit=submit data-testid="product-search">
            <label class="mn-toolbar__search">
                <span class="mn-visually-hidden">{tr("products-search-label")}</span>
                <input
                    class="mn-input"
                    type="search"
                    name="q"
                    node_ref=search
                    placeholder=tr("products-search-placeholder")
                    prop:value=move || query.with(|q| q.search.clone())
                />
            </label>
            <label>
                <span class="mn-visually-hidden">{tr("products-filter-kind")}</span>
                <select class="mn-input mn-select" name="kind" on:change=on_kind data-testid="kind-filter">
                    <option value="" selected=move || query.with(|q| q.kind.is_none())>{tr("products-filter-all-kinds")}</option>
                    {PRODUCT_KINDS
                        .iter()
                        .map(|kind| view! {
                            <option value=*kind selected=move || query.with(|q| q.kind.as_deref() == Some(*kind))>
                                {tr_dyn(format!("product-kind-{kind}"))}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span class="mn-visually-hidden">{tr("products-filter-status")}</span>
                <select class="mn-input mn-select" name="status" on:change=on_status data-testid="status-filter">
                    <option value="" selected=move || query.with(|q| q.filter.is_none())>{tr("products-filter-all-statuses")}</option>
                    {ProductFilter::choices()
                        .into_iter()
                        .map(|filter| view! {
                            <option value=filter.code() selected=move || query.with(|q| q.filter == Some(filter))>
                                {tr_dyn(filter.label_key())}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
            <Button kind=ButtonType::Submit>{tr("products-search-submit")}</Button>
        </form>
    }
}

#[component]
fn ProductTable(
    data: ProductPage,
    query: Memo<ProductQuery>,
    go: Callback<ProductQuery>,
    org: OrgId,
) -> impl IntoView {
    let first = data.page * data.page_size + 1;
    let range = RowRange {
        first,
        last: first + (data.rows.len() as u32).saturating_sub(1),
        total: data.total.max(0) as u64,
    };
    let pagination = Pagination {
        page: Signal::stored(data.page),
        pages: Signal::stored((data.total.max(0) as u32).div_ceil(data.page_size.max(1))),
        go: Callback::new(move |page| {
            let mut q = query.get_untracked();
            q.page = page;
            go.run(q);
        }),
        range: Some(range),
        sizes: Some(PageSizes {
            choices: &PRODUCT_PAGE_SIZES,
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
        let Some(sort) = ProductSort::from_code(code) else {
            return;
        };
        let mut q = query.get_untracked();
        q.descending = q.sort == sort && !q.descending;
        q.sort = sort;
        q.page = 0;
        go.run(q);
    });
    let filtered =
        query.with_untracked(|q| !q.search.is_empty() || q.kind.is_some() || q.filter.is_some());
    view! {
        <DataTable
            rows=data.rows
            columns=product_columns(org)
            testid="products"
            id="products"
            row_key=row_fn(|r: &ProductListRow| r.id)
            row_name=row_fn(|r: &ProductListRow| r.name.clone())
            row_attrs=row_fn(|r: &ProductListRow| vec![("data-product", r.name.clone())])
            sort
            on_sort
            pagination
            empty=ViewFn::from(move || if filtered {
                view! { <EmptyState title="products-none-found-title" body="products-none-found-body" /> }.into_any()
            } else {
                view! { <EmptyState title="products-empty-title" body="products-empty-body" /> }.into_any()
            })
        />
    }
}

fn product_columns(org: OrgId) -> Vec<Column<ProductListRow>> {
    vec![
        Column::new(
            "product-col-name",
            cell(move |r: &ProductListRow| {
                let href = format!("{}/{}", org_section(org, "products"), r.id);
                let name = r.name.clone();
                view! { <A href=href attr:class="mn-link" attr:data-testid="product-link">{name}</A> }
                    .into_any()
            }),
        )
        .sortable(ProductSort::Name.code()),
        Column::new(
            "product-col-kind",
            cell(|r: &ProductListRow| tr_dyn(format!("product-kind-{}", r.kind)).into_any()),
        )
        .sortable(ProductSort::Kind.code()),
        Column::new(
            "product-col-status",
            cell(|r: &ProductListRow| view! { <StatusPill status=r.status /> }.into_any()),
        )
        .sortable(ProductSort::Status.code()),
        Column::new(
            "product-col-expires",
            cell(|r: &ProductListRow| match r.expires_at {
                Some(at) => view! { <Date at /> }.into_any(),
                None => view! { <span class="mn-table__note">"—"</span> }.into_any(),
            }),
        )
        .sortable(ProductSort::Expiry.code())
        .with_class("mn-num"),
        Column::new(
            "product-col-auto-renewal",
            cell(|r: &ProductListRow| {
                if r.auto_renew { tr("products-auto-renewal-on") } else { tr("products-auto-renewal-off") }
                    .into_any()
            }),
        ),
        Column::new(
            "product-col-management",
            cell(|r: &ProductListRow| {
                if r.management_blocked {
                    view! { <Pill tone=Tone::Warning>{tr("products-managed-by-admins")}</Pill> }.into_any()
                } else {
                    view! { <span>{tr("products-managed-by-granted")}</span> }.into_any()
                }
            }),
        ),
    ]
}
