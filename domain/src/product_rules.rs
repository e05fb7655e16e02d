//! What a member may do with one product from its *Manage* menu. The interface shows
//! exactly these actions and the server checks the same rules before changing anything.
//!
//! - Renaming and switching auto-renewal need the right to manage the product
//!   ([`Access::product_rights`]): administrators and legal representatives always, limited
//!   members with the technical right on a product granted to them — unless its management
//!   is blocked.
//! - Blocking and unblocking management is for administrators and legal representatives
//!   only. A mail service cannot be blocked that way: it goes into maintenance instead (mail
//!   still arrives, mailboxes cannot be read), which is also theirs only.
//! - A terminated or released product (a final status) is history: nothing can be changed.

use crate::error::AppError;
use crate::role::Access;
use crate::status::{ProductStatus, Status};
use serde::{Deserialize, Serialize};

/// The product kind that has a maintenance mode instead of a management block.
pub const MAIL_SERVICE: &str = "mail-service";

/// The *Manage* menu of one product for one member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductActions {
    pub rename: bool,
    pub auto_renewal: bool,
    /// Block or unblock management (whichever applies).
    pub management_block: bool,
    /// Put into or take out of maintenance.
    pub maintenance: bool,
}

/// The facts about a product the rules depend on.
#[derive(Clone, Copy, Debug)]
pub struct ProductFacts<'a> {
    pub kind: &'a str,
    pub status: ProductStatus,
    pub management_blocked: bool,
    /// Granted to the member directly or through a team.
    pub granted: bool,
}

impl ProductActions {
    pub fn for_member(access: Access, product: ProductFacts<'_>) -> ProductActions {
        let live = !product.status.is_final();
        let manage = access
            .product_rights(product.granted, product.management_blocked)
            .manage;
        let manager = access.role.is_manager();
        let mail = product.kind == MAIL_SERVICE;
        let maintenance_possible = matches!(
            product.status,
            ProductStatus::Active | ProductStatus::ExpiringSoon | ProductStatus::InMaintenance
        );
        ProductActions {
            rename: live && manage,
            auto_renewal: live && manage,
            management_block: live && manager && !mail,
            maintenance: manager && mail && maintenance_possible,
        }
    }

    /// Whether any action is open (the menu is shown at all).
    pub fn any(self) -> bool {
        self.rename || self.auto_renewal || self.management_block || self.maintenance
    }
}

/// Who may order products (and so see the catalogue's prices): administrators, legal
/// representatives and members with the billing right, who pay for what is ordered.
pub fn may_order(access: Access) -> bool {
    access.role.is_manager() || access.billing_right
}

/// Why blocking or unblocking management is refused, if it is.
pub fn check_management_block(access: Access, product: ProductFacts<'_>) -> Result<(), AppError> {
    if !access.role.is_manager() {
        return Err(AppError::Forbidden);
    }
    if product.kind == MAIL_SERVICE {
        return Err(AppError::conflict("mail-service-not-blockable"));
    }
    if product.status.is_final() {
        return Err(AppError::conflict("product-terminated"));
    }
    Ok(())
}

/// The status a mail service moves to when maintenance is switched `on` or off (`None`: it
/// already is so), or why not.
pub fn maintenance_target(
    access: Access,
    product: ProductFacts<'_>,
    on: bool,
) -> Result<Option<ProductStatus>, AppError> {
    if !access.role.is_manager() {
        return Err(AppError::Forbidden);
    }
    if product.kind != MAIL_SERVICE {
        return Err(AppError::conflict("maintenance-mail-service-only"));
    }
    match (on, product.status) {
        (true, ProductStatus::Active | ProductStatus::ExpiringSoon) => {
            Ok(Some(ProductStatus::InMaintenance))
        }
        (false, ProductStatus::InMaintenance) => Ok(Some(ProductStatus::Active)),
        (true, ProductStatus::InMaintenance) | (false, ProductStatus::Active) => Ok(None),
        _ => Err(AppError::conflict("product-status")),
    }
}

/// Why renaming or switching auto-renewal is refused, if it is.
pub fn check_manage(access: Access, product: ProductFacts<'_>) -> Result<(), AppError> {
    let rights = access.product_rights(product.granted, product.management_blocked);
    if !rights.manage {
        return Err(AppError::Forbidden);
    }
    if product.status.is_final() {
        return Err(AppError::conflict("product-terminated"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::Role;

    fn access(role: Role, technical_right: bool) -> Access {
        Access {
            role,
            billing_right: false,
            technical_right,
        }
    }

    fn hosting(blocked: bool) -> ProductFacts<'static> {
        ProductFacts {
            kind: "web-hosting",
            status: ProductStatus::Active,
            management_blocked: blocked,
            granted: true,
        }
    }

    #[test]
    fn a_blocked_product_is_managed_by_administrators_only() {
        let technician = access(Role::Collaborator, true);
        assert!(ProductActions::for_member(technician, hosting(false)).rename);
        let blocked = ProductActions::for_member(technician, hosting(true));
        assert!(!blocked.rename && !blocked.auto_renewal && !blocked.any());
        assert_eq!(
            check_manage(technician, hosting(true)),
            Err(AppError::Forbidden)
        );
        let admin = access(Role::Administrator, false);
        let menu = ProductActions::for_member(admin, hosting(true));
        assert!(menu.rename && menu.management_block && !menu.maintenance);
        assert_eq!(check_manage(admin, hosting(true)), Ok(()));
    }

    #[test]
    fn only_managers_block_and_never_a_mail_service() {
        let technician = access(Role::Collaborator, true);
        assert!(!ProductActions::for_member(technician, hosting(false)).management_block);
        assert_eq!(
            check_management_block(technician, hosting(false)),
            Err(AppError::Forbidden)
        );
        let mail = ProductFacts {
            kind: MAIL_SERVICE,
            ..hosting(false)
        };
        let owner = access(Role::LegalRepresentative, false);
        assert_eq!(
            check_management_block(owner, mail),
            Err(AppError::conflict("mail-service-not-blockable"))
        );
        let menu = ProductActions::for_member(owner, mail);
        assert!(!menu.management_block && menu.maintenance);
    }

    #[test]
    fn maintenance_moves_a_mail_service_there_and_back() {
        let owner = access(Role::LegalRepresentative, false);
        let mail = |status| ProductFacts {
            kind: MAIL_SERVICE,
            status,
            management_blocked: false,
            granted: false,
        };
        assert_eq!(
            maintenance_target(owner, mail(ProductStatus::Active), true),
            Ok(Some(ProductStatus::InMaintenance))
        );
        assert_eq!(
            maintenance_target(owner, mail(ProductStatus::InMaintenance), false),
            Ok(Some(ProductStatus::Active))
        );
        assert_eq!(
            maintenance_target(owner, mail(ProductStatus::InMaintenance), true),
            Ok(None)
        );
        assert_eq!(
            maintenance_target(owner, mail(ProductStatus::Expired), true),
            Err(AppError::conflict("product-status"))
        );
        assert_eq!(
            maintenance_target(owner, hosting(false), true),
            Err(AppError::conflict("maintenance-mail-service-only"))
        );
        assert_eq!(
            maintenance_target(
                access(Role::Collaborator, true),
                mail(ProductStatus::Active),
                true
            ),
            Err(AppError::Forbidden)
        );
    }

    #[test]
    fn those_who_pay_may_order() {
        assert!(may_order(access(Role::Administrator, false)));
        assert!(may_order(access(Role::LegalRepresentative, false)));
        assert!(!may_order(access(Role::Collaborator, true)));
        let billing = Access {
            billing_right: true,
            ..access(Role::External, false)
        };
        assert!(may_order(billing));
    }

    #[test]
    fn terminated_products_offer_nothing_and_ungranted_ones_are_forbidden() {
        let owner = access(Role::LegalRepresentative, false);
        let gone = ProductFacts {
            status: ProductStatus::Terminated,
            ..hosting(false)
        };
        assert!(!ProductActions::for_member(owner, gone).any());
        assert_eq!(
            check_manage(owner, gone),
            Err(AppError::conflict("product-terminated"))
        );
        let stranger = ProductFacts {
            granted: false,
            ..hosting(false)
        };
        assert_eq!(
            check_manage(access(Role::External, true), stranger),
            Err(AppError::Forbidden)
        );
    }
}
