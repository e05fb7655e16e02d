//! The sandbox provisioner: answers at once, changes nothing anywhere, and behaves
//! predictably so that people can try every path of the console:
//! - a domain name whose first label contains `taken` is unavailable;
//! - a name containing `unreachable` times out (the adapter cannot be reached);
//! - a name containing `refused` is refused by the other side;
//! - everything else succeeds.

use super::{Answer, Availability, HostingPanel, ProvisioningError, Registrar};
use domain::domain_name::DomainName;

fn outcome(name: &str) -> Result<(), ProvisioningError> {
    if name.contains("unreachable") {
        Err(ProvisioningError::Unreachable)
    } else if name.contains("refused") {
        Err(ProvisioningError::Refused {
            code: "sandbox-refused".into(),
        })
    } else {
        Ok(())
    }
}

fn answer<T: Send + 'static>(result: Result<T, ProvisioningError>) -> Answer<'static, T> {
    Box::pin(std::future::ready(result))
}

pub struct SandboxRegistrar;

impl Registrar for SandboxRegistrar {
    fn label(&self) -> &'static str {
        "sandbox"
    }
    fn check(&self, name: &DomainName) -> Answer<'_, Availability> {
        let first = name.ascii.split('.').next().unwrap_or_default();
        answer(outcome(&name.ascii).map(|()| {
            if first.contains("taken") {
                Availability::Taken
            } else {
                Availability::Available
            }
        }))
    }
    fn register(&self, name: &DomainName, _years: u32) -> Answer<'_, ()> {
        answer(outcome(&name.ascii))
    }
    fn renew(&self, name: &DomainName, _years: u32) -> Answer<'_, ()> {
        answer(outcome(&name.ascii))
    }
    fn restore(&self, name: &DomainName) -> Answer<'_, ()> {
        answer(outcome(&name.ascii))
    }
    fn release(&self, name: &DomainName) -> Answer<'_, ()> {
        answer(outcome(&name.ascii))
    }
}

pub struct SandboxPanel;

impl HostingPanel for SandboxPanel {
    fn label(&self) -> &'static str {
        "sandbox"
    }
    fn create(&self, _kind: &str, name: &str) -> Answer<'_, ()> {
        answer(outcome(name))
    }
    fn renew(&self, _kind: &str, name: &str, _months: u32) -> Answer<'_, ()> {
        answer(outcome(name))
    }
    fn suspend(&self, _kind: &str, name: &str) -> Answer<'_, ()> {
        answer(outcome(name))
    }
    fn resume(&self, _kind: &str, name: &str) -> Answer<'_, ()> {
        answer(outcome(name))
    }
    fn terminate(&self, _kind: &str, name: &str) -> Answer<'_, ()> {
        answer(outcome(name))
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn name(ascii: &str) -> DomainName {
        DomainName {
            ascii: ascii.into(),
            unicode: ascii.into(),
        }
    }

    /// The sandbox answers at once: the future is ready when first polled.
    fn now<T>(answer: Answer<'_, T>) -> Result<T, ProvisioningError> {
        use futures::FutureExt;
        answer.now_or_never().expect("the sandbox answers at once")
    }

    #[test]
    fn the_sandbox_answers_predictably() {
        let registrar = SandboxRegistrar;
        assert_eq!(
            now(registrar.check(&name("shop.ch"))),
            Ok(Availability::Available)
        );
        assert_eq!(
            now(registrar.check(&name("taken-shop.ch"))),
            Ok(Availability::Taken)
        );
        // Only the first label counts: a subdomain of a taken-looking zone is free.
        assert_eq!(
            now(registrar.check(&name("shop.taken.ch"))),
            Ok(Availability::Available)
        );
        assert_eq!(
            now(registrar.check(&name("unreachable.ch"))),
            Err(ProvisioningError::Unreachable)
        );
        assert!(matches!(
            now(registrar.register(&name("refused.ch"), 1)),
            Err(ProvisioningError::Refused { .. })
        ));
        assert_eq!(now(SandboxPanel.create("web-hosting", "Shop")), Ok(()));
    }
}
