//! The scope of work no user asked for: background jobs and operators' commands. It names
//! who acts (`job:prune-expired`, `operator:alice`), which every job run records, and only
//! the repository functions a job legitimately needs take it (pruning, delivery, and later
//! renewals). There is no way from an [`OrgScope`](crate::OrgScope) to a `SystemScope`: a
//! member's request can never act as the system.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SystemScope {
    actor: String,
}

impl SystemScope {
    /// The scope a job runs in; only the job runner makes one.
    pub(crate) fn job(name: &str) -> SystemScope {
        SystemScope {
            actor: format!("job:{name}"),
        }
    }

    /// An operator at the command line (`mandant jobs run …`), named for the record.
    /// Refuses names that are empty or carry anything but letters, digits, `.`, `_`, `-`.
    pub fn operator(name: &str) -> Option<SystemScope> {
        let valid = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        valid.then(|| SystemScope {
            actor: format!("operator:{name}"),
        })
    }

    /// A payment processor's callback, once its signature is verified (`processor:sandbox`).
    pub fn payment_processor(label: &'static str) -> SystemScope {
        SystemScope {
            actor: format!("processor:{label}"),
        }
    }

    /// Who acts, as recorded with each job run.
    pub fn actor(&self) -> &str {
        &self.actor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actors_are_named_for_the_record() {
        assert_eq!(SystemScope::job("renewals").actor(), "job:renewals");
        assert_eq!(
            SystemScope::operator("alice").map(|s| s.actor().to_owned()),
            Some("operator:alice".to_owned())
        );
        assert!(SystemScope::operator("").is_none());
        assert!(SystemScope::operator("a b").is_none());
        assert!(SystemScope::operator("job:x").is_none());
    }
}
