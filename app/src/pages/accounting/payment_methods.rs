//! Accounting → Payment methods: the cards and TWINT/PayPal profiles the payment provider
//! keeps for the organisation (saved when paying), masked, with their expiry; one is the
//! default that automatic renewals use; each can be made the default or removed (after a
//! confirmation naming it).

use super::tabs::AccountingTabs;
use crate::api::orders::{list_saved_methods, remove_saved_method, set_default_method};
use crate::components::button::{Button, ButtonSize, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::data_table::{cell, row_fn, Column, DataTable};
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton};
use crate::components::page::PageHeader;
use crate::i18n::{tr, tr_args, tr_dyn};
use crate::layout::use_org_param;
use domain::dto::SavedMethod;
use domain::ids::SavedMethodId;
use domain::{AppError, OrgId};
use leptos::prelude::*;

#[component]
pub fn PaymentMethodsPage() -> impl IntoView {
    let org = use_org_param();
    let changes = RwSignal::new(0usize);
    let data = Resource::new(
        move || (org.get(), changes.get()),
        |(org, _)| async move {
            match org {
                Some(org) => list_saved_methods(org).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    move || {
        org.get().map(|org_id| {
            view! {
                <PageHeader title="accounting-title" lead="accounting-lead" />
                <AccountingTabs org=org_id />
                <p class="mn-table__note">{tr("saved-methods-lead")}</p>
                <Transition fallback=|| view! { <Skeleton rows=3 /> }>
                    {move || Suspend::new(async move {
                        match data.await {
                            Ok(rows) => view! { <SavedMethods org=org_id rows changes /> }.into_any(),
                            Err(err) => error_view(err),
                        }
                    })}
                </Transition>
            }
        })
    }
}

#[component]
fn SavedMethods(org: OrgId, rows: Vec<SavedMethod>, changes: RwSignal<usize>) -> impl IntoView {
    // The method whose removal waits for confirmation.
    let removing = RwSignal::new(None::<SavedMethod>);
    let make_default = Action::new(move |id: &SavedMethodId| {
        let id = *id;
        async move { set_default_method(org, id).await }
    });
    let remove = Action::new(move |id: &SavedMethodId| {
        let id = *id;
        async move { remove_saved_method(org, id).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = make_default.value().get() {
            changes.update(|n| *n += 1);
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(())) = remove.value().get() {
            removing.set(None);
            changes.update(|n| *n += 1);
        }
    });
    let error = Signal::derive(move || {
        make_default
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| remove.value().get().and_then(Result::err))
    });
    let actions = Callback::new(move |m: SavedMethod| {
        let id = m.id;
        let name = vec![("method", m.label.clone())];
        let label = tr_args("saved-methods-remove-label", name);
        view! {
            <div>
                {(!m.is_default).then(|| view! {
                    <Button size=ButtonSize::Small attr:data-testid="saved-method-default"
                        on:click=move |_| { make_default.dispatch(id); }>
                        {tr("saved-methods-make-default")}
                    </Button>
                })}
                <Button size=ButtonSize::Small variant=ButtonVariant::Danger attr:data-testid="saved-method-remove"
                    attr:aria-label=label on:click=move |_| { remove.value().set(None); removing.set(Some(m.clone())); }>
                    {tr("saved-methods-remove")}
                </Button>
            </div>
        }
        .into_any()
    });
    view! {
        <ErrorAlert error />
        <DataTable
            rows
            columns=columns(actions)
            testid="saved-methods"
            id="saved-methods"
            row_key=row_fn(|r: &SavedMethod| r.id)
            row_attrs=row_fn(|r: &SavedMethod| vec![("data-method", r.label.clone())])
            empty=ViewFn::from(|| view! { <EmptyState title="saved-methods-empty-title" body="saved-methods-empty-body" /> }.into_any())
        />
        <Show when=move || removing.with(Option::is_some)>
            <ConfirmDialog
                title=Signal::derive(move || {
                    let name = removing.with(|m| m.as_ref().map(|m| m.label.clone()).unwrap_or_default());
                    tr_args("saved-methods-remove-title", vec![("method", name)])()
                })
                body="saved-methods-remove-body"
                label="saved-methods-remove"
                testid="saved-method-remove-confirm"
                pending=remove.pending()
                on_confirm=Callback::new(move |_| {
                    if let Some(m) = removing.get_untracked() {
                        remove.dispatch(m.id);
                    }
                })
                on_cancel=Callback::new(move |_| removing.set(None))
            />
        </Show>
    }
}

fn columns(actions: Callback<SavedMethod, AnyView>) -> Vec<Column<SavedMethod>> {
    vec![
        Column::new(
            "saved-methods-col-method",
            cell(|r: &SavedMethod| {
                let kind = tr_dyn(r.method.label_key());
                let label = r.label.clone();
                let default = r.is_default.then(|| {
                    view! { <span class="mn-pill mn-pill--success" data-testid="saved-method-is-default">{tr("saved-methods-default")}</span> }
                });
                view! { <span>{label}</span> " " <span class="mn-table__note">{kind}</span> " " {default} }.into_any()
            }),
        ),
        Column::new(
            "saved-methods-col-expires",
            cell(|r: &SavedMethod| {
                let expires = r.expires.clone().map(|e| match e.split_once('-') {
                    Some((year, month)) => format!("{month}/{year}"),
                    None => e,
                });
                let expired = r.expired.then(|| {
                    view! { " " <span class="mn-pill mn-pill--danger" data-testid="saved-method-expired">{tr("saved-methods-expired")}</span> }
                });
                match expires {
                    Some(text) => view! { <span>{text}</span> {expired} }.into_any(),
                    None => view! { <span class="mn-table__note">"—"</span> }.into_any(),
                }
            }),
        ),
        Column::actions(
            "saved-methods-col-actions",
            cell(move |r: &SavedMethod| actions.run(r.clone())),
        ),
    ]
}
