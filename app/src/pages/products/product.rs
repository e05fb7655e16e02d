//! One product: its facts, its *Manage* menu (rename, auto-renewal, block management or
//! maintenance) and its history.

use super::addresses::MailAddresses;
use super::history::ProductHistory;
use super::manage::ManageMenu;
use crate::api::products::get_product;
use crate::components::amount::Amount;
use crate::components::feedback::{error_view, Pill, Skeleton, StatusPill, Tone};
use crate::components::icon::{Icon, IconName};
use crate::components::time::{Date, DateTime};
use crate::i18n::{tr, tr_dyn};
use crate::layout::use_org_param;
use crate::routes::org_section;
use domain::dto::ProductDetail;
use domain::status::{ProductStatus, Status};
use domain::{AppError, OrgId, ProductId};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProductPage() -> impl IntoView {
    let org = use_org_param();
    let params = use_params_map();
    let product = Memo::new(move |_| {
        params.with(|p| p.get("product").and_then(|id| id.parse::<ProductId>().ok()))
    });
    // Bumped by every change the menu makes, so the page shows the new state and history.
    let changes = RwSignal::new(0_usize);
    let data = Resource::new(
        move || (org.get(), product.get(), changes.get()),
        |(org, product, _)| async move {
            match (org, product) {
                (Some(org), Some(product)) => get_product(org, product).await.map(|d| (org, d)),
                _ => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <Skeleton rows=6 /> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok((org, detail)) => view! { <ProductBody org detail changes /> }.into_any(),
                    Err(err) => error_view(err),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProductBody(org: OrgId, detail: ProductDetail, changes: RwSignal<usize>) -> impl IntoView {
    let p = detail.product.clone();
    let back = org_section(org, "products");
    view! {
        <header class="mn-page-header" data-testid="product-page" data-product=p.name.clone()>
            <div>
                <p>
                    <A href=back attr:class="mn-back" attr:data-testid="back-to-products">
                        <Icon name=IconName::ArrowLeft />{tr("products-back")}
                    </A>
                </p>
                <h1 class="mn-page-header__title" data-testid="product-name">{p.name.clone()}</h1>
                <p class="mn-page-header__lead">{tr_dyn(format!("product-kind-{}", p.kind))}</p>
            </div>
            <div class="mn-page-header__action">
                <ManageMenu org detail=detail.clone() changes />
            </div>
        </header>
        {(p.status == ProductStatus::Released).then(|| view! {
            <p class="mn-alert mn-alert--info" role="status" data-testid="product-released">{tr("product-released-note")}</p>
        })}
        {(p.status == ProductStatus::InRedemption).then(|| view! {
            <div class="mn-alert mn-alert--warning" role="status" data-testid="product-redemption">
                <div>
                    <p>{tr("product-redemption-note")}</p>
                    {detail.redemption_until.map(|at| view! {
                        <p>{tr("product-redemption-until")} " " <Date at /></p>
                    })}
                    {if detail.renewal.as_ref().is_some_and(|r| r.restore_fee_waived) {
                        view! { <p data-testid="restore-fee-waived">{tr("product-restore-fee-waived")}</p> }.into_any()
                    } else {
                        detail.restore_fee.clone().map(|money| view! {
                            <p data-testid="restore-fee">{tr("product-restore-fee")} " " <Amount money /> " " {tr("product-tax-excluded")}</p>
                        }).into_any()
                    }}
                </div>
            </div>
        })}
        <section class="mn-card" aria-labelledby="product-facts-title">
            <h2 class="mn-card__title" id="product-facts-title">{tr("product-facts")}</h2>
            <dl class="mn-details">
                <dt>{tr("product-col-status")}</dt>
                <dd data-testid="product-status" data-status=p.status.code()>
                    <StatusPill status=p.status />
                </dd>
                <dt>{tr("product-col-expires")}</dt>
                <dd>{match p.expires_at {
                    Some(at) => view! { <Date at /> }.into_any(),
                    None => tr("product-no-expiry").into_any(),
                }}</dd>
                <dt>{tr("product-col-auto-renewal")}</dt>
                <dd data-testid="product-auto-renewal">
                    {if p.auto_renew { tr("products-auto-renewal-on") } else { tr("products-auto-renewal-off") }}
                </dd>
                <dt>{tr("product-col-management")}</dt>
                <dd data-testid="product-management" data-blocked=p.management_blocked.to_string()>
                    {if p.management_blocked {
                        view! { <Pill tone=Tone::Warning>{tr("products-managed-by-admins")}</Pill> }.into_any()
                    } else {
                        tr("products-managed-by-granted").into_any()
                    }}
                </dd>
                <dt>{tr("product-your-rights")}</dt>
                <dd data-testid="product-can-manage" data-can-manage=p.can_manage.to_string()>
                    {if p.can_manage { tr("product-you-manage") } else { tr("product-you-view") }}
                </dd>
                <dt>{tr("product-created")}</dt>
                <dd><DateTime at=detail.created_at /></dd>
            </dl>
        </section>
        {(p.kind == domain::product_rules::MAIL_SERVICE).then(|| view! {
            <MailAddresses org product=p.id addresses=detail.addresses.clone() can_manage=p.can_manage changes />
        })}
        <ProductHistory events=detail.history.clone() />
    }
}
