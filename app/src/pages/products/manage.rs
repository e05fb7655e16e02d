//! A product's *Manage* menu: exactly the actions `domain::product_rules` opens for the
//! viewer, each confirmed where it affects others (blocking management, maintenance).

use super::renew::RenewDialog;
use crate::api::products::{RenameProduct, SetAutoRenewal, SetMaintenance, SetManagementBlock};
use crate::components::button::{Button, ButtonType, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::ErrorAlert;
use crate::components::form::{action_error, form_level, SubmitButton, TextField};
use crate::components::icon::{Icon, IconName};
use crate::components::menu::{menu_closer, Dropdown, MenuAlign};
use crate::components::toast::use_toast;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::server_successes;
use domain::catalogue::{Period, ProductKind};
use domain::dto::{OrderablePeriod, ProductDetail};
use domain::OrgId;
use leptos::form::ActionForm;
use leptos::prelude::*;

/// The dialog the menu opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dialog {
    Rename,
    Block,
    Unblock,
    MaintenanceOn,
    MaintenanceOff,
    /// Renew (or restore) the product.
    Renew,
    /// Add an option to the domain.
    AddOption(ProductKind),
}

#[component]
pub fn ManageMenu(org: OrgId, detail: ProductDetail, changes: RwSignal<usize>) -> impl IntoView {
    let actions = detail.actions;
    let renewal = detail.renewal.clone();
    if !actions.any() && renewal.is_none() {
        return ().into_any();
    }
    let kind = ProductKind::from_code(&detail.product.kind);
    let menu_renewal = renewal.clone();
    let p = detail.product;
    let product = p.id;
    let name = p.name.clone();
    let dialog = RwSignal::new(None::<Dialog>);
    let rename = ServerAction::<RenameProduct>::new();
    let auto = ServerAction::<SetAutoRenewal>::new();
    let block = ServerAction::<SetManagementBlock>::new();
    let maintenance = ServerAction::<SetMaintenance>::new();
    let toast = use_toast();
    // A success closes the dialog, says so and reloads the page's data.
    let finish = move || {
        dialog.set(None);
        changes.update(|c| *c += 1);
    };
    after_success(server_successes(rename), move || {
        finish();
        toast.success("product-renamed");
    });
    after_success(server_successes(auto), move || {
        finish();
        toast.success("product-auto-renewal-saved");
    });
    after_success(server_successes(block), move || {
        finish();
        toast.success("product-management-saved");
    });
    after_success(server_successes(maintenance), move || {
        finish();
        toast.success("product-maintenance-saved");
    });
    // Failures of the one-click actions stay on screen as a toast until dismissed.
    for error in [
        Signal::derive(move || auto.value().get().and_then(Result::err)),
        Signal::derive(move || block.value().get().and_then(Result::err)),
        Signal::derive(move || maintenance.value().get().and_then(Result::err)),
    ] {
        Effect::watch(
            move || error.get(),
            move |err, _, _| {
                if let Some(err) = err {
                    toast.error(err);
                }
            },
            false,
        );
    }
    let auto_on = p.auto_renew;
    let blocked = p.management_blocked;
    let in_maintenance = p.status == domain::status::ProductStatus::InMaintenance;
    let named = move || vec![("product", name.clone())];
    view! {
        <Dropdown
            id="manage-product"
            label=Signal::derive(move || tr("product-manage")())
            align=MenuAlign::End
            trigger=ViewFn::from(move || view! {
                <span data-testid="manage-menu">{tr("product-manage")}</span>
                <Icon name=IconName::ChevronDown />
            })
        >
            {
                let close = menu_closer();
                let item = move |shown: bool, testid: &'static str, label: &'static str, then: Dialog| {
                    shown.then(|| view! {
                        <li>
                            <button type="button" class="mn-menu-item" data-testid=testid
                                on:click=move |_| { close(); dialog.set(Some(then)); }>
                                {tr(label)}
                            </button>
                        </li>
                    })
                };
                view! {
                    <ul class="mn-menu-list" role="list">
                        {item(actions.rename, "menu-rename", "product-rename", Dialog::Rename)}
                        {actions.auto_renewal.then(|| view! {
                            <li>
                                <button type="button" class="mn-menu-item" data-testid="menu-auto-renewal"
                                    disabled=move || auto.pending().get()
                                    on:click=move |_| {
                                        close();
                                        auto.dispatch(SetAutoRenewal { org, product, on: !auto_on });
                                    }>
                                    {if auto_on { tr("product-auto-renewal-turn-off") } else { tr("product-auto-renewal-turn-on") }}
                                </button>
                            </li>
                        })}
                        {item(actions.management_block && !blocked, "menu-block", "product-block", Dialog::Block)}
                        {item(actions.management_block && blocked, "menu-unblock", "product-unblock", Dialog::Unblock)}
                        {item(actions.maintenance && !in_maintenance, "menu-maintenance-on", "product-maintenance-on", Dialog::MaintenanceOn)}
                        {item(actions.maintenance && in_maintenance, "menu-maintenance-off", "product-maintenance-off", Dialog::MaintenanceOff)}
                        {menu_renewal.clone().map(|r| {
                            let label = if r.restore { "product-restore" } else { "product-renew" };
                            let renew = item(!r.periods.is_empty(), "menu-renew", label, Dialog::Renew);
                            let options = r.options.iter().map(|o| {
                                let option = o.kind;
                                view! {
                                    <li>
                                        <button type="button" class="mn-menu-item" data-testid=format!("menu-add-{}", option.code())
                                            on:click=move |_| { close(); dialog.set(Some(Dialog::AddOption(option))); }>
                                            {tr("product-add-option")} " " {tr_dyn(option.label_key())}
                                        </button>
                                    </li>
                                }
                            }).collect_view();
                            view! { {renew} {options} }
                        })}
                    </ul>
                }
            }
        </Dropdown>
        {move || dialog.get().map(|open| {
            let cancel = Callback::new(move |_| dialog.set(None));
            match open {
                Dialog::Rename => view! { <RenameDialog org product current=p.name.clone() rename cancel /> }.into_any(),
                Dialog::Block => view! {
                    <ConfirmDialog title=Signal::derive(tr_args("product-block-confirm-title", named())) body="product-block-confirm-body"
                        label="product-block" testid="confirm-block" pending=block.pending()
                        on_confirm=Callback::new(move |_| { block.dispatch(SetManagementBlock { org, product, blocked: true }); })
                        on_cancel=cancel />
                }.into_any(),
                Dialog::Unblock => view! {
                    <ConfirmDialog title=Signal::derive(tr_args("product-unblock-confirm-title", named())) body="product-unblock-confirm-body"
                        label="product-unblock" testid="confirm-unblock" danger=false pending=block.pending()
                        on_confirm=Callback::new(move |_| { block.dispatch(SetManagementBlock { org, product, blocked: false }); })
                        on_cancel=cancel />
                }.into_any(),
                Dialog::MaintenanceOn => view! {
                    <ConfirmDialog title=Signal::derive(tr_args("product-maintenance-on-confirm-title", named())) body="product-maintenance-on-confirm-body"
                        label="product-maintenance-on" testid="confirm-maintenance-on" pending=maintenance.pending()
                        on_confirm=Callback::new(move |_| { maintenance.dispatch(SetMaintenance { org, product, on: true }); })
                        on_cancel=cancel />
                }.into_any(),
                Dialog::Renew => match (kind, renewal.clone()) {
                    (Some(kind), Some(r)) if r.restore => view! {
                        <RenewDialog org product name=p.name.clone() kind periods=r.periods.clone()
                            title="product-restore" cancel />
                    }.into_any(),
                    (Some(kind), Some(r)) => view! {
                        <RenewDialog org product name=p.name.clone() kind periods=r.periods.clone()
                            title="product-renew" cancel />
                    }.into_any(),
                    _ => ().into_any(),
                },
                Dialog::AddOption(option) => {
                    let periods = renewal.clone().and_then(|r| {
                        r.options.iter().find(|o| o.kind == option).map(|o| vec![OrderablePeriod {
                            period: Period::YEAR,
                            price: o.yearly_price.clone(),
                        }])
                    }).unwrap_or_default();
                    view! {
                        <RenewDialog org product name=p.name.clone() kind=option periods
                            title="product-add-option-title" cancel />
                    }.into_any()
                }
                Dialog::MaintenanceOff => view! {
                    <ConfirmDialog title=Signal::derive(tr_args("product-maintenance-off-confirm-title", named())) body="product-maintenance-off-confirm-body"
                        label="product-maintenance-off" testid="confirm-maintenance-off" danger=false pending=maintenance.pending()
                        on_confirm=Callback::new(move |_| { maintenance.dispatch(SetMaintenance { org, product, on: false }); })
                        on_cancel=cancel />
                }.into_any(),
            }
        })}
    }
    .into_any()
}

/// Runs `then` each time `count` (an action's successes) goes up, not when the page is built.
fn after_success(count: Memo<usize>, then: impl Fn() + 'static) {
    Effect::watch(move || count.get(), move |_, _, _| then(), false);
}

/// The rename form in a dialog; a refused name keeps the dialog open with the field's error.
#[component]
fn RenameDialog(
    org: OrgId,
    product: domain::ProductId,
    current: String,
    rename: ServerAction<RenameProduct>,
    cancel: Callback<()>,
) -> impl IntoView {
    let error = action_error(rename);
    view! {
        <div class="mn-modal-backdrop">
            <div class="mn-modal" role="dialog" aria-modal="true" aria-labelledby="rename-title">
                <h2 id="rename-title">{tr("product-rename")}</h2>
                <ActionForm action=rename attr:class="mn-form" attr:data-testid="rename-product" attr:novalidate=true>
                    <input type="hidden" name="org" value=org.to_string() />
                    <input type="hidden" name="product" value=product.to_string() />
                    <ErrorAlert error=form_level(error) />
                    <TextField name="name" label="product-new-name" error value=Signal::stored(current) required=true />
                    <div class="mn-modal__actions">
                        <Button kind=ButtonType::Button variant=ButtonVariant::Secondary on:click=move |_| cancel.run(())>
                            {tr("action-cancel")}
                        </Button>
                        <SubmitButton label="product-rename-save" pending=rename.pending() />
                    </div>
                </ActionForm>
            </div>
        </div>
    }
}
