//! Teams: create, rename, delete; choose their members and the products granted to them.

use super::tabs::UsersTabs;
use crate::api::teams::set_team_contents;
use crate::api::teams::{get_teams, CreateTeam, DeleteTeam, RenameTeam};
use crate::components::button::{Button, ButtonVariant};
use crate::components::confirm::ConfirmDialog;
use crate::components::feedback::{error_view, EmptyState, ErrorAlert, Skeleton, SuccessNote};
use crate::components::form::{action_error, form_level, set_included, SubmitButton, TextField};
use crate::components::page::PageHeader;
use crate::i18n::{tr, tr_args};
use crate::layout::{org_resource_after, server_successes, successes, use_org_param};
use domain::dto::{TeamRow, TeamsPage};
use domain::{AppError, OrgId, ProductId, TeamId, UserId};
use leptos::form::ActionForm;
use leptos::prelude::*;

#[component]
pub fn TeamsPage() -> impl IntoView {
    let org = use_org_param();
    let create = ServerAction::<CreateTeam>::new();
    let create_error = action_error(create);
    let created = Signal::derive(move || matches!(create.value().get(), Some(Ok(_))));
    let delete = ServerAction::<DeleteTeam>::new();
    let delete_error = Signal::derive(move || delete.value().get().and_then(Result::err));
    // A card's two forms; their errors show in the card last submitted.
    let rename = ServerAction::<RenameTeam>::new();
    let save = Action::new(move |(team, m, p): &Contents| {
        let (team, m, p) = (*team, m.clone(), p.clone());
        async move {
            let org = org.get_untracked().ok_or(AppError::NotFound)?;
            set_team_contents(org, team, m, p).await
        }
    });
    let editing = RwSignal::new(None::<TeamId>);
    let edits = TeamEdits {
        rename,
        save,
        editing,
    };
    // One note for the page: saving a card reloads the list, which replaces the card.
    let saved = Signal::derive(move || {
        matches!(save.value().get(), Some(Ok(()))) || matches!(rename.value().get(), Some(Ok(())))
    });
    // Reloads by itself once a team was created, changed or deleted.
    let changes = [
        server_successes(create),
        server_successes(delete),
        server_successes(rename),
        successes(save),
    ];
    let page = org_resource_after(
        org,
        move || changes.iter().map(|c| c.get()).sum(),
        get_teams,
    );
    let confirming = RwSignal::new(None::<(TeamId, String)>);
    Effect::new(move |_| {
        if matches!(create.value().get(), Some(Ok(_)))
            || matches!(delete.value().get(), Some(Ok(())))
        {
            confirming.set(None);
        }
    });
    move || {
        org.get().map(|org_id| view! {
            <PageHeader title="users-title" lead="users-lead" />
            <UsersTabs org=org_id />
            <section class="mn-card">
                <h2>{tr("teams-create-title")}</h2>
                <ActionForm action=create attr:class="mn-form mn-form--inline" attr:data-testid="create-team" attr:novalidate=true>
                    <input type="hidden" name="org" value=org_id.to_string() />
                    <ErrorAlert error=form_level(create_error) />
                    <TextField name="name" label="teams-name" error=create_error required=true />
                    <SubmitButton label="teams-create" pending=create.pending() />
                </ActionForm>
                <SuccessNote show=created message="teams-created" />
            </section>
            <SuccessNote show=saved message="teams-saved" />
            <ErrorAlert error=delete_error />
            <Transition fallback=|| view! { <Skeleton rows=4 /> }>
                {move || Suspend::new(async move {
                    match page.await {
                        Ok(data) if data.teams.is_empty() => view! { <EmptyState title="teams-empty-title" body="teams-empty-body" /> }.into_any(),
                        Ok(data) => view! { <TeamList org=org_id data confirming edits /> }.into_any(),
                        Err(err) => error_view(err),
                    }
                })}
            </Transition>
            {move || confirming.get().map(|(team, name)| view! {
                <ConfirmDialog
                    title=Signal::derive(tr_args("teams-delete-confirm-title", vec![("team", name)]))
                    body="teams-delete-confirm-body"
                    label="teams-delete"
                    testid="confirm-delete-team"
                    pending=delete.pending()
                    on_confirm=Callback::new(move |_| { delete.dispatch(DeleteTeam { org: org_id, team }); })
                    on_cancel=Callback::new(move |_| confirming.set(None))
                />
            })}
        })
    }
}

/// A team's chosen members and products, as saved together.
type Contents = (TeamId, Vec<UserId>, Vec<ProductId>);

/// The page's actions that change one team, and which team was changed last.
#[derive(Clone, Copy)]
struct TeamEdits {
    rename: ServerAction<RenameTeam>,
    save: Action<Contents, Result<(), AppError>>,
    editing: RwSignal<Option<TeamId>>,
}

impl TeamEdits {
    /// The error of `team`'s last rename or save, if it was the team changed last.
    fn error_of(self, team: TeamId, of_rename: bool) -> Signal<Option<AppError>> {
        let rename_error = action_error(self.rename);
        Signal::derive(move || {
            if self.editing.get() != Some(team) {
                return None;
            }
            if of_rename {
                rename_error.get()
            } else {
                self.save.value().get().and_then(Result::err)
            }
        })
    }
}

#[component]
fn TeamList(
    org: OrgId,
    data: TeamsPage,
    confirming: RwSignal<Option<(TeamId, String)>>,
    edits: TeamEdits,
) -> impl IntoView {
    let members = StoredValue::new(data.members.clone());
    let products = StoredValue::new(data.products.clone());
    data.teams
        .into_iter()
        .map(|team| view! { <TeamCard org team members products confirming edits /> })
        .collect_view()
}

#[component]
fn TeamCard(
    org: OrgId,
    team: TeamRow,
    members: StoredValue<Vec<domain::dto::TeamMember>>,
    products: StoredValue<Vec<domain::dto::ProductChoice>>,
    confirming: RwSignal<Option<(TeamId, String)>>,
    edits: TeamEdits,
) -> impl IntoView {
    let team_id = team.id;
    let chosen_members = RwSignal::new(
        team.members
            .iter()
            .map(|m| m.user_id)
            .collect::<Vec<UserId>>(),
    );
    let chosen_products = RwSignal::new(team.products.clone());
    let TeamEdits {
        rename,
        save,
        editing,
    } = edits;
    let save_error = edits.error_of(team_id, false);
    let rename_error = edits.error_of(team_id, true);
    let name = team.name.clone();
    let delete_name = team.name.clone();
    let member_names: Vec<String> = team.members.iter().map(|m| m.name.clone()).collect();
    view! {
        <article class="mn-card mn-team" data-team=team.name.clone()>
            <header class="mn-team__header">
                <h2>{team.name.clone()}</h2>
                <span class="mn-table__note">{tr_args("teams-summary", vec![("members", team.members.len().to_string()), ("products", team.products.len().to_string())])}</span>
            </header>
            <p class="mn-table__note">{if member_names.is_empty() { "—".to_owned() } else { member_names.join(", ") }}</p>
            <details class="mn-team__edit">
                <summary>{tr("teams-edit")}</summary>
                <ActionForm action=rename attr:class="mn-form mn-form--inline" attr:novalidate=true
                    on:submit=move |_| editing.set(Some(team_id))>
                    <input type="hidden" name="org" value=org.to_string() />
                    <input type="hidden" name="team" value=team_id.to_string() />
                    <TextField name="name" label="teams-name" error=rename_error value=Signal::derive(move || name.clone()) required=true />
                    <SubmitButton label="teams-rename" pending=rename.pending() />
                </ActionForm>
                <form class="mn-form" novalidate data-testid="team-contents" on:submit=move |ev| {
                    ev.prevent_default();
                    editing.set(Some(team_id));
                    save.dispatch((team_id, chosen_members.get_untracked(), chosen_products.get_untracked()));
                }>
                    <ErrorAlert error=save_error />
                    <fieldset class="mn-fieldset" data-testid="team-members">
                        <legend class="mn-field__label">{tr("teams-members")}</legend>
                        {members.get_value().into_iter().map(|m| {
                            let id = m.user_id;
                            view! {
                                <label class="mn-checkbox">
                                    <input type="checkbox" prop:checked=move || chosen_members.with(|c| c.contains(&id))
                                        on:change=move |ev| { let on = event_target_checked(&ev); chosen_members.update(|c| set_included(c, id, on)); } />
                                    <span>{m.name.clone()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="mn-fieldset" data-testid="team-products">
                        <legend class="mn-field__label">{tr("teams-products")}</legend>
                        {products.get_value().into_iter().map(|p| {
                            let id = p.id;
                            view! {
                                <label class="mn-checkbox">
                                    <input type="checkbox" prop:checked=move || chosen_products.with(|c| c.contains(&id))
                                        on:change=move |ev| { let on = event_target_checked(&ev); chosen_products.update(|c| set_included(c, id, on)); } />
                                    <span>{p.name.clone()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <SubmitButton label="teams-save" pending=save.pending() />
                </form>
                <Button variant=ButtonVariant::GhostDanger attr:data-testid="delete-team"
                    on:click=move |_| confirming.set(Some((team_id, delete_name.clone())))>
                    {tr("teams-delete")}
                </Button>
            </details>
        </article>
    }
}
