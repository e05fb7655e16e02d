//! Roles inside an organisation and the permissions they carry. One table
//! (`Role::grants`) is the single source of truth for who may do what.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Owner of the organisation; at least one per organisation.
    LegalRepresentative,
    /// All rights except naming legal representatives.
    Administrator,
    /// Limited to the products granted.
    Collaborator,
    /// Limited, and excluded from organisation-wide sharing.
    External,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::LegalRepresentative,
        Role::Administrator,
        Role::Collaborator,
        Role::External,
    ];

    /// Stable storage and wire code.
    pub fn code(self) -> &'static str {
        match self {
            Role::LegalRepresentative => "legal-representative",
            Role::Administrator => "administrator",
            Role::Collaborator => "collaborator",
            Role::External => "external",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Fluent key of the role's display name.
    pub fn label_key(self) -> String {
        format!("role-{}", self.code())
    }

    /// Whether this role carries `permission` by itself (before product grants and billing
    /// rights, which come later with per-user rights).
    pub fn grants(self, permission: Permission) -> bool {
        use Permission::*;
        match self {
            Role::LegalRepresentative => true,
            Role::Administrator => !matches!(permission, LegalRepresentativeAppoint | OrgDelete),
            Role::Collaborator | Role::External => {
                matches!(permission, OrgView | OrgLeave | ProductView)
            }
        }
    }

    pub fn is_manager(self) -> bool {
        matches!(self, Role::LegalRepresentative | Role::Administrator)
    }
}

/// What one member may do in one organisation: the role plus the rights granted on top of
/// it. The interface asks this to decide what to show; `OrgScope` enforces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Access {
    pub role: Role,
    /// See and pay invoices, whatever the role.
    pub billing_right: bool,
    /// Manage (not only use) the products granted, for limited roles.
    #[serde(default)]
    pub technical_right: bool,
}

impl Access {
    pub fn allows(self, permission: Permission) -> bool {
        self.role.grants(permission)
            || (self.billing_right
                && matches!(permission, Permission::InvoiceView | Permission::InvoicePay))
    }

    /// Legal representatives and administrators see every product; collaborators and
    /// externals only the products granted to them.
    pub fn sees_all_products(self) -> bool {
        self.role.is_manager()
    }

    /// What this member may do with one product, `granted` saying whether it was granted to
    /// them directly or through one of their teams. A product whose management is blocked
    /// is managed by administrators and legal representatives only.
    pub fn product_rights(self, granted: bool, management_blocked: bool) -> ProductRights {
        let manager = self.role.is_manager();
        ProductRights {
            view: manager || granted,
            manage: manager || (granted && self.technical_right && !management_blocked),
        }
    }
}

/// A member's rights on one product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductRights {
    pub view: bool,
    pub manage: bool,
}

/// `resource.action` permissions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Permission {
    OrgView,
    OrgUpdate,
    OrgLeave,
    OrgDelete,
    MemberView,
    MemberInvite,
    /// Change members' rights, remove members, manage teams.
    MemberManage,
    LegalRepresentativeAppoint,
    ProductView,
    ProductManage,
    InvoiceView,
    InvoicePay,
}

impl Permission {
    pub fn code(self) -> &'static str {
        match self {
            Permission::OrgView => "org.view",
            Permission::OrgUpdate => "org.update",
            Permission::OrgLeave => "org.leave",
            Permission::OrgDelete => "org.delete",
            Permission::MemberView => "member.view",
            Permission::MemberInvite => "member.invite",
            Permission::MemberManage => "member.manage",
            Permission::LegalRepresentativeAppoint => "legal-representative.appoint",
            Permission::ProductView => "product.view",
            Permission::ProductManage => "product.manage",
            Permission::InvoiceView => "invoice.view",
            Permission::InvoicePay => "invoice.pay",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_legal_representative_appoints_legal_representatives() {
        assert!(Role::LegalRepresentative.grants(Permission::LegalRepresentativeAppoint));
        assert!(!Role::Administrator.grants(Permission::LegalRepresentativeAppoint));
        assert!(Role::Administrator.grants(Permission::MemberInvite));
    }

    #[test]
    fn only_a_legal_representative_deletes_the_organisation() {
        assert!(Role::LegalRepresentative.grants(Permission::OrgDelete));
        for role in [Role::Administrator, Role::Collaborator, Role::External] {
            assert!(!role.grants(Permission::OrgDelete), "{role:?}");
        }
        assert!(Role::Administrator.grants(Permission::OrgUpdate));
    }

    #[test]
    fn limited_roles_cannot_see_invoices_or_members_by_default() {
        for role in [Role::Collaborator, Role::External] {
            assert!(role.grants(Permission::OrgView));
            assert!(!role.grants(Permission::InvoiceView));
            assert!(!role.grants(Permission::MemberInvite));
        }
    }

    #[test]
    fn the_billing_right_opens_invoices_and_nothing_else() {
        let plain = Access {
            role: Role::Collaborator,
            billing_right: false,
            technical_right: false,
        };
        let billing = Access {
            billing_right: true,
            ..plain
        };
        assert!(!plain.allows(Permission::InvoiceView));
        assert!(billing.allows(Permission::InvoiceView) && billing.allows(Permission::InvoicePay));
        assert!(!billing.allows(Permission::MemberInvite));
        assert!(!billing.allows(Permission::OrgUpdate));
        assert!(!billing.sees_all_products());
        let admin = Access {
            role: Role::Administrator,
            ..plain
        };
        assert!(admin.allows(Permission::InvoicePay) && admin.sees_all_products());
    }

    #[test]
    fn limited_members_see_granted_products_and_manage_them_only_with_the_technical_right() {
        let plain = Access {
            role: Role::External,
            billing_right: true,
            technical_right: false,
        };
        let technical = Access {
            technical_right: true,
            ..plain
        };
        let none = ProductRights {
            view: false,
            manage: false,
        };
        assert_eq!(plain.product_rights(false, false), none);
        assert_eq!(technical.product_rights(false, false), none);
        assert!(
            plain.product_rights(true, false).view && !plain.product_rights(true, false).manage
        );
        assert!(technical.product_rights(true, false).manage);
        assert!(technical.product_rights(true, true).view);
        assert!(!technical.product_rights(true, true).manage);
        let admin = Access {
            role: Role::Administrator,
            ..plain
        };
        assert!(admin.product_rights(false, true).view && admin.product_rights(false, true).manage);
        assert!(!technical.allows(Permission::MemberManage));
    }

    #[test]
    fn role_codes_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert_eq!(Role::from_code("owner"), None);
    }
}
