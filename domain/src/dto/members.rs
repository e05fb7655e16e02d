//! Members, teams and invitations as the Users section shows them.

use super::urlencode;
use crate::datetime::UnixMillis;
use crate::ids::{InvitationId, OrgId, ProductId, TeamId, UserId};
use crate::membership::ContactPref;
use crate::role::Role;
use serde::{Deserialize, Serialize};

/// Members shown per page of the Users list unless the viewer chooses another size.
pub const MEMBER_PAGE_SIZE: u32 = 25;
/// The page sizes the Users list offers.
pub const MEMBER_PAGE_SIZES: [u32; 3] = [25, 50, 100];

/// Columns the member list sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MemberSort {
    #[default]
    Name,
    Email,
    Role,
    LastActive,
}

impl MemberSort {
    pub const ALL: [MemberSort; 4] = [
        MemberSort::Name,
        MemberSort::Email,
        MemberSort::Role,
        MemberSort::LastActive,
    ];

    pub fn code(self) -> &'static str {
        match self {
            MemberSort::Name => "name",
            MemberSort::Email => "email",
            MemberSort::Role => "role",
            MemberSort::LastActive => "last-active",
        }
    }

    pub fn from_code(code: &str) -> Option<MemberSort> {
        MemberSort::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Search, filter, sort and page of the member list; kept in the URL so a list can be
/// shared and the back button works.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberQuery {
    /// Matches name or e-mail, case-insensitively.
    #[serde(default)]
    pub search: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub sort: MemberSort,
    #[serde(default)]
    pub descending: bool,
    /// Zero-based.
    #[serde(default)]
    pub page: u32,
    /// Only members without a second factor.
    #[serde(default)]
    pub without_two_factor: bool,
    /// Rows per page: one of `MEMBER_PAGE_SIZES` (anything else reads as the default).
    #[serde(default = "default_page_size")]
    pub page_size: u32,
}

fn default_page_size() -> u32 {
    MEMBER_PAGE_SIZE
}

impl Default for MemberQuery {
    fn default() -> Self {
        MemberQuery {
            search: String::new(),
            role: None,
            sort: MemberSort::default(),
            descending: false,
            page: 0,
            without_two_factor: false,
            page_size: MEMBER_PAGE_SIZE,
        }
    }
}

impl MemberQuery {
    /// Reads the URL's query parameters (`q`, `role`, `sort`, `desc`, `page`, one-based);
    /// anything unknown falls back to the default rather than failing.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> MemberQuery {
        MemberQuery {
            search: get("q").unwrap_or_default().chars().take(100).collect(),
            role: get("role").and_then(|r| Role::from_code(&r)),
            sort: get("sort")
                .and_then(|s| MemberSort::from_code(&s))
                .unwrap_or_default(),
            descending: get("desc").is_some_and(|d| d == "1"),
            page: get("page")
                .and_then(|p| p.parse::<u32>().ok())
                .map_or(0, |p| p.saturating_sub(1)),
            without_two_factor: get("2fa").is_some_and(|v| v == "off"),
            page_size: get("per")
                .and_then(|p| p.parse::<u32>().ok())
                .filter(|p| MEMBER_PAGE_SIZES.contains(p))
                .unwrap_or(MEMBER_PAGE_SIZE),
        }
    }

    /// The page size to use: a size the list offers, else the default.
    pub fn rows_per_page(&self) -> u32 {
        if MEMBER_PAGE_SIZES.contains(&self.page_size) {
            self.page_size
        } else {
            MEMBER_PAGE_SIZE
        }
    }

    /// The URL query string for this state (empty parts left out).
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", urlencode(&self.search)));
        }
        if let Some(role) = self.role {
            parts.push(format!("role={}", role.code()));
        }
        if self.sort != MemberSort::Name {
            parts.push(format!("sort={}", self.sort.code()));
        }
        if self.descending {
            parts.push("desc=1".to_owned());
        }
        if self.without_two_factor {
            parts.push("2fa=off".to_owned());
        }
        if self.rows_per_page() != MEMBER_PAGE_SIZE {
            parts.push(format!("per={}", self.rows_per_page()));
        }
        if self.page > 0 {
            parts.push(format!("page={}", self.page + 1));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// One row of the member list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub billing_right: bool,
    pub technical_right: bool,
    pub teams: Vec<String>,
    /// Whether the member protects their account with a second factor (`None`: unknown).
    pub two_factor: Option<bool>,
    pub last_active_at: Option<UnixMillis>,
}

/// One page of the member list and what the viewer may do with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub rows: Vec<MemberRow>,
    /// Members matching the search and filter, over all pages.
    pub total: i64,
    pub page: u32,
    pub page_size: u32,
    /// The viewer may edit and remove members (and invite).
    pub can_manage: bool,
}

/// A product or team to choose in the rights editor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductChoice {
    pub id: ProductId,
    pub name: String,
    pub kind: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamChoice {
    pub id: TeamId,
    pub name: String,
}

/// The rights a member holds (or an invitation will give).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rights {
    pub role: Role,
    pub billing_right: bool,
    pub technical_right: bool,
    /// Products granted directly (managers see all products anyway).
    #[serde(default)]
    pub products: Vec<ProductId>,
    #[serde(default)]
    pub teams: Vec<TeamId>,
}

/// A member opened for editing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberDetail {
    pub user_id: UserId,
    pub name: String,
    pub email: String,
    pub rights: Rights,
    pub contact_prefs: Vec<ContactPref>,
    /// The viewer is looking at themself.
    pub is_self: bool,
    /// Roles the viewer may give this member (empty: the role cannot be changed by them).
    pub assignable_roles: Vec<Role>,
}

/// What can be granted in this organisation, for the rights editor and the invitation wizard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessChoices {
    pub products: Vec<ProductChoice>,
    pub teams: Vec<TeamChoice>,
    pub assignable_roles: Vec<Role>,
}

/// A team with its members and the products granted to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRow {
    pub id: TeamId,
    pub name: String,
    pub members: Vec<TeamMember>,
    pub products: Vec<ProductId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub user_id: UserId,
    pub name: String,
}

/// The Teams tab: the teams plus who and what can be put in them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamsPage {
    pub teams: Vec<TeamRow>,
    pub members: Vec<TeamMember>,
    pub products: Vec<ProductChoice>,
}

/// State of an invitation; displayed through `invitation-status-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InvitationStatus {
    Pending,
    Expired,
    Accepted,
    Revoked,
}

impl InvitationStatus {
    pub const ALL: [InvitationStatus; 4] = [
        InvitationStatus::Pending,
        InvitationStatus::Expired,
        InvitationStatus::Accepted,
        InvitationStatus::Revoked,
    ];

    pub fn code(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "pending",
            InvitationStatus::Expired => "expired",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Revoked => "revoked",
        }
    }

    /// From the stored instants, as of `now`.
    pub fn at(
        accepted_at: Option<UnixMillis>,
        revoked_at: Option<UnixMillis>,
        expires_at: UnixMillis,
        now: UnixMillis,
    ) -> InvitationStatus {
        if accepted_at.is_some() {
            InvitationStatus::Accepted
        } else if revoked_at.is_some() {
            InvitationStatus::Revoked
        } else if expires_at <= now {
            InvitationStatus::Expired
        } else {
            InvitationStatus::Pending
        }
    }
}

/// One row of the Invitations tab.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub id: InvitationId,
    pub email: String,
    pub role: Role,
    pub invited_by: Option<String>,
    pub created_at: UnixMillis,
    pub expires_at: UnixMillis,
    pub status: InvitationStatus,
}

/// What the invitation link shows before it is accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationPreview {
    pub org_name: String,
    pub invited_by: Option<String>,
    pub email: String,
    pub role: Role,
    pub expires_at: UnixMillis,
    /// An account with the invited address exists (log in rather than sign up).
    pub account_exists: bool,
    /// The address of the signed-in viewer, if any (to explain a mismatch).
    pub signed_in_as: Option<String>,
}

/// Where an accepted invitation leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    pub org: OrgId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn member_query_round_trips_through_the_url() {
        let query = MemberQuery {
            search: "anna müller".into(),
            role: Some(Role::External),
            sort: MemberSort::LastActive,
            descending: true,
            page: 2,
            without_two_factor: true,
            page_size: 50,
        };
        let qs = query.to_query_string();
        assert_eq!(
            qs,
            "?q=anna%20m%C3%BCller&role=external&sort=last-active&desc=1&2fa=off&per=50&page=3"
        );
        let params: Vec<(String, String)> = qs[1..]
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_owned(), v.to_owned())
            })
            .collect();
        let get = |key: &str| {
            params.iter().find(|(k, _)| k == key).map(|(_, v)| {
                if key == "q" {
                    "anna müller".to_owned()
                } else {
                    v.clone()
                }
            })
        };
        assert_eq!(MemberQuery::from_params(get), query);
        assert_eq!(MemberQuery::default().to_query_string(), "");
    }

    #[test]
    fn bad_url_parameters_fall_back_to_defaults() {
        let get = |key: &str| match key {
            "role" => Some("owner".to_owned()),
            "sort" => Some("password".to_owned()),
            "page" => Some("-4".to_owned()),
            "per" => Some("1000000".to_owned()),
            _ => None,
        };
        assert_eq!(MemberQuery::from_params(get), MemberQuery::default());
    }

    #[test]
    fn invitation_status_follows_its_instants() {
        use InvitationStatus::*;
        assert_eq!(InvitationStatus::at(None, None, 10, 5), Pending);
        assert_eq!(InvitationStatus::at(None, None, 10, 10), Expired);
        assert_eq!(InvitationStatus::at(Some(3), None, 10, 50), Accepted);
        assert_eq!(InvitationStatus::at(None, Some(3), 10, 5), Revoked);
    }
}
