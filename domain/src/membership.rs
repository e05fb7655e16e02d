//! Rules for changing who belongs to an organisation and with which role. The server checks
//! them inside the transaction that makes the change; the interface asks the same functions
//! which choices to offer.

use crate::error::AppError;
use crate::role::{Access, Permission, Role};
use serde::{Deserialize, Serialize};

/// Invitations are valid this long after they are sent (or resent).
pub const INVITATION_VALID_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Mails a member can choose to receive for an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ContactPref {
    /// Invoices and payment reminders.
    Billing,
    /// Products about to expire and renewals.
    Renewals,
    /// Incidents, maintenance and blocking of products.
    Products,
    /// People joining, leaving or changing role.
    Members,
}

impl ContactPref {
    pub const ALL: [ContactPref; 4] = [
        ContactPref::Billing,
        ContactPref::Renewals,
        ContactPref::Products,
        ContactPref::Members,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ContactPref::Billing => "billing",
            ContactPref::Renewals => "renewals",
            ContactPref::Products => "products",
            ContactPref::Members => "members",
        }
    }

    pub fn from_code(code: &str) -> Option<ContactPref> {
        ContactPref::ALL.into_iter().find(|p| p.code() == code)
    }

    /// Whether a member with `access` may receive these mails at all: billing and renewal
    /// mails carry invoices and amounts, so only members who may see invoices get them,
    /// whatever they chose.
    pub fn allowed_for(self, access: Access) -> bool {
        match self {
            ContactPref::Billing | ContactPref::Renewals => {
                access.allows(crate::Permission::InvoiceView)
            }
            ContactPref::Products | ContactPref::Members => true,
        }
    }

    /// What a new member receives until they choose: everything for managers, billing mails
    /// with the billing right, product mails for everyone.
    pub fn defaults_for(access: Access) -> Vec<ContactPref> {
        ContactPref::ALL
            .into_iter()
            .filter(|p| match p {
                ContactPref::Products => true,
                ContactPref::Billing | ContactPref::Renewals => {
                    access.role.is_manager() || access.billing_right
                }
                ContactPref::Members => access.role.is_manager(),
            })
            .collect()
    }

    /// Stored form: comma-separated codes in a fixed order, unknown codes dropped.
    pub fn join(prefs: &[ContactPref]) -> String {
        ContactPref::ALL
            .into_iter()
            .filter(|p| prefs.contains(p))
            .map(ContactPref::code)
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn split(text: &str) -> Vec<ContactPref> {
        text.split(',').filter_map(ContactPref::from_code).collect()
    }
}

/// Roles `actor` may give to someone: only a legal representative appoints legal
/// representatives; limited members give none.
pub fn assignable_roles(actor: Access) -> Vec<Role> {
    if !actor.allows(Permission::MemberManage) {
        return Vec::new();
    }
    Role::ALL
        .into_iter()
        .filter(|r| {
            *r != Role::LegalRepresentative || actor.allows(Permission::LegalRepresentativeAppoint)
        })
        .collect()
}

/// Whether `actor` may change a member's role from `from` to `to`, in an organisation that
/// has `legal_reps` legal representatives. Touching a legal representative's role needs a
/// legal representative; the last one can never be demoted.
pub fn check_role_change(
    actor: Access,
    from: Role,
    to: Role,
    legal_reps: i64,
) -> Result<(), AppError> {
    if !actor.allows(Permission::MemberManage) {
        return Err(AppError::Forbidden);
    }
    if from == to {
        return Ok(());
    }
    if (from == Role::LegalRepresentative || to == Role::LegalRepresentative)
        && !actor.allows(Permission::LegalRepresentativeAppoint)
    {
        return Err(AppError::Forbidden);
    }
    if from == Role::LegalRepresentative && legal_reps <= 1 {
        return Err(AppError::conflict("last-legal-representative"));
    }
    Ok(())
}

/// Whether `actor` may remove members with these `roles` at once from an organisation that
/// has `legal_reps` legal representatives: removing a legal representative needs one, and at
/// least one must stay.
pub fn check_removal(actor: Access, roles: &[Role], legal_reps: i64) -> Result<(), AppError> {
    if !actor.allows(Permission::MemberManage) {
        return Err(AppError::Forbidden);
    }
    let removed_reps = roles
        .iter()
        .filter(|r| **r == Role::LegalRepresentative)
        .count() as i64;
    if removed_reps > 0 && !actor.allows(Permission::LegalRepresentativeAppoint) {
        return Err(AppError::Forbidden);
    }
    if removed_reps > 0 && legal_reps - removed_reps < 1 {
        return Err(AppError::conflict("last-legal-representative"));
    }
    Ok(())
}

#[cfg(test)]
mod contact_pref_tests {
    use super::*;
    use crate::Role;

    #[test]
    fn billing_mails_only_reach_members_who_may_see_invoices() {
        let plain = Access {
            role: Role::Collaborator,
            billing_right: false,
            technical_right: false,
        };
        let billing = Access {
            billing_right: true,
            ..plain
        };
        assert!(!ContactPref::Billing.allowed_for(plain));
        assert!(!ContactPref::Renewals.allowed_for(plain));
        assert!(ContactPref::Products.allowed_for(plain));
        assert!(ContactPref::Billing.allowed_for(billing));
        let admin = Access {
            role: Role::Administrator,
            ..plain
        };
        assert!(ContactPref::Billing.allowed_for(admin));
        // The defaults never offer what is not allowed.
        for access in [plain, billing, admin] {
            assert!(ContactPref::defaults_for(access)
                .iter()
                .all(|p| p.allowed_for(access)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn access(role: Role) -> Access {
        Access {
            role,
            billing_right: false,
            technical_right: false,
        }
    }

    #[test]
    fn only_legal_representatives_offer_the_legal_representative_role() {
        assert_eq!(assignable_roles(access(Role::LegalRepresentative)).len(), 4);
        let admin = assignable_roles(access(Role::Administrator));
        assert!(!admin.contains(&Role::LegalRepresentative) && admin.len() == 3);
        assert!(assignable_roles(access(Role::Collaborator)).is_empty());
    }

    #[test]
    fn role_changes_follow_the_legal_representative_rules() {
        let lr = access(Role::LegalRepresentative);
        let admin = access(Role::Administrator);
        use Role::*;
        assert_eq!(
            check_role_change(admin, Collaborator, Administrator, 1),
            Ok(())
        );
        assert_eq!(
            check_role_change(admin, Collaborator, LegalRepresentative, 1),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_role_change(admin, LegalRepresentative, Collaborator, 2),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_role_change(lr, Collaborator, LegalRepresentative, 1),
            Ok(())
        );
        assert_eq!(
            check_role_change(lr, LegalRepresentative, Administrator, 2),
            Ok(())
        );
        assert_eq!(
            check_role_change(lr, LegalRepresentative, Administrator, 1),
            Err(AppError::conflict("last-legal-representative"))
        );
        assert_eq!(
            check_role_change(access(Collaborator), External, External, 1),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn removals_keep_one_legal_representative() {
        use Role::*;
        let lr = access(LegalRepresentative);
        assert_eq!(check_removal(lr, &[Collaborator, External], 1), Ok(()));
        assert_eq!(check_removal(lr, &[LegalRepresentative], 2), Ok(()));
        assert_eq!(
            check_removal(lr, &[LegalRepresentative, LegalRepresentative], 2),
            Err(AppError::conflict("last-legal-representative"))
        );
        assert_eq!(
            check_removal(access(Administrator), &[LegalRepresentative], 3),
            Err(AppError::Forbidden)
        );
        assert_eq!(
            check_removal(access(External), &[External], 1),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn contact_preferences_default_by_role_and_round_trip() {
        let collaborator = access(Role::Collaborator);
        assert_eq!(
            ContactPref::defaults_for(collaborator),
            vec![ContactPref::Products]
        );
        let billing = Access {
            billing_right: true,
            ..collaborator
        };
        assert!(ContactPref::defaults_for(billing).contains(&ContactPref::Billing));
        let all = ContactPref::defaults_for(access(Role::Administrator));
        assert_eq!(all.len(), 4);
        assert_eq!(ContactPref::join(&all), "billing,renewals,products,members");
        assert_eq!(
            ContactPref::split("members,bogus,billing"),
            vec![ContactPref::Members, ContactPref::Billing]
        );
        assert_eq!(ContactPref::join(&ContactPref::split("")), "");
    }
}
