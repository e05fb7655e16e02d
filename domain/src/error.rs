//! Error codes shared by server and client. The server never sends display text: each
//! variant is a code the client shows through the Fluent key `error-<code>`, and each field
//! error through `field-error-<code>`.

use serde::{Deserialize, Serialize};

/// A validation problem attached to one form field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The form field's name, as in the server function's argument.
    pub field: String,
    /// Kebab-case code; the client shows `field-error-<code>`.
    pub code: String,
}

impl FieldError {
    pub fn new(field: &str, code: &str) -> Self {
        Self {
            field: field.to_owned(),
            code: code.to_owned(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum AppError {
    /// No valid session.
    #[error("unauthenticated")]
    Unauthenticated,
    /// Signed in, but not allowed to do this.
    #[error("forbidden")]
    Forbidden,
    /// Does not exist, or the caller may not know that it exists.
    #[error("not-found")]
    NotFound,
    /// One or more fields are invalid; nothing was changed.
    #[error("validation")]
    Validation { fields: Vec<FieldError> },
    /// Wrong e-mail or password; deliberately does not say which.
    #[error("invalid-credentials")]
    InvalidCredentials,
    /// The request came from another site (CSRF protection).
    #[error("cross-site-request")]
    CrossSiteRequest,
    /// The action conflicts with the current state; `reason` is a kebab-case code shown
    /// through `error-conflict-<reason>`.
    #[error("conflict")]
    Conflict { reason: String },
    #[error("rate-limited")]
    RateLimited { retry_after_secs: u64 },
    /// The request could not be understood (malformed arguments).
    #[error("bad-request")]
    BadRequest,
    /// The server could not be reached (set on the client only).
    #[error("network")]
    Network,
    /// Something failed on the server; `reference` lets support find the log line.
    #[error("internal")]
    Internal { reference: String },
}

impl AppError {
    pub fn field(field: &str, code: &str) -> Self {
        Self::Validation {
            fields: vec![FieldError::new(field, code)],
        }
    }

    pub fn conflict(reason: &str) -> Self {
        Self::Conflict {
            reason: reason.to_owned(),
        }
    }

    /// The kebab-case code, also the suffix of the Fluent key that displays it.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::NotFound => "not-found",
            Self::Validation { .. } => "validation",
            Self::InvalidCredentials => "invalid-credentials",
            Self::CrossSiteRequest => "cross-site-request",
            Self::Conflict { .. } => "conflict",
            Self::RateLimited { .. } => "rate-limited",
            Self::BadRequest => "bad-request",
            Self::Network => "network",
            Self::Internal { .. } => "internal",
        }
    }

    /// The HTTP status this error is answered with.
    pub fn http_status(&self) -> u16 {
        match self {
            Self::Unauthenticated | Self::InvalidCredentials => 401,
            Self::Forbidden | Self::CrossSiteRequest => 403,
            Self::NotFound => 404,
            Self::Validation { .. } | Self::BadRequest => 422,
            Self::Conflict { .. } => 409,
            Self::RateLimited { .. } => 429,
            Self::Network => 503,
            Self::Internal { .. } => 500,
        }
    }

    /// The error code of one field, if this is a validation error that names it.
    pub fn field_code(&self, field: &str) -> Option<&str> {
        match self {
            Self::Validation { fields } => fields
                .iter()
                .find(|f| f.field == field)
                .map(|f| f.code.as_str()),
            _ => None,
        }
    }

    /// Every `Conflict` reason the server can answer (each has `error-conflict-<reason>`).
    pub const CONFLICT_REASONS: &'static [&'static str] = &[
        "last-legal-representative",
        "already-member",
        "invitation-invalid",
        "invitation-expired",
        "invitation-other-account",
        "currency-locked",
        "too-many-addresses",
        "org-not-empty",
        "succession-invalid",
        "two-factor-on",
        "two-factor-off",
        "second-factor-expired",
        "reset-invalid",
        "two-factor-required",
        "too-many-app-passwords",
        "sms-on",
        "sms-off",
        "push-no-device",
        "push-denied",
        "push-expired",
        "recovery-phone-none",
        "too-many-security-keys",
        "security-keys-unavailable",
        "mail-service-not-blockable",
        "maintenance-mail-service-only",
        "product-terminated",
        "product-status",
        "changed-meanwhile",
        "registrar-unreachable",
        "mail-service-only",
        "login-email-not-required",
        "login-email-required",
        "order-not-payable",
        "option-held",
        "payment-method-unavailable",
        "payment-processor-unreachable",
        "prepaid-insufficient",
        "idempotency-key-reused",
        // Carts, free vouchers and promotion codes (`domain::cart`).
        "cart-not-sold",
        "cart-extension-not-sold",
        "cart-period-not-offered",
        "cart-too-many-years",
        "cart-option-invalid",
        "cart-no-restore-fee",
        "voucher-expired",
        "voucher-used",
        "voucher-wrong-product",
        "voucher-other-organisation",
        "promotion-unknown",
        "promotion-not-yet-valid",
        "promotion-expired",
        "promotion-used-up",
        "promotion-already-used",
        "promotion-wrong-product",
        "promotion-wrong-currency",
    ];

    /// Every code, for the translation completeness test.
    pub const ALL_CODES: &'static [&'static str] = &[
        "unauthenticated",
        "forbidden",
        "not-found",
        "validation",
        "invalid-credentials",
        "cross-site-request",
        "conflict",
        "rate-limited",
        "bad-request",
        "network",
        "internal",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_a_code_without_display_text() {
        let json = serde_json::to_string(&AppError::field("email", "email-invalid")).unwrap();
        assert_eq!(
            json,
            r#"{"code":"validation","fields":[{"field":"email","code":"email-invalid"}]}"#
        );
        let back: AppError = serde_json::from_str(&json).unwrap();
        assert_eq!(back.field_code("email"), Some("email-invalid"));
    }

    #[test]
    fn every_variant_code_is_listed() {
        let samples = [
            AppError::Unauthenticated,
            AppError::Forbidden,
            AppError::NotFound,
            AppError::field("a", "b"),
            AppError::InvalidCredentials,
            AppError::CrossSiteRequest,
            AppError::conflict("x"),
            AppError::RateLimited {
                retry_after_secs: 1,
            },
            AppError::BadRequest,
            AppError::Network,
            AppError::Internal {
                reference: "r".into(),
            },
        ];
        for e in samples {
            assert!(AppError::ALL_CODES.contains(&e.code()), "{}", e.code());
            let json = serde_json::to_value(&e).unwrap();
            assert_eq!(json["code"], e.code());
        }
    }
}
