//! Idempotency keys the browser makes once per attempt (a checkout, a payment, a deposit):
//! sending the same key again answers what the first request did.

/// A new key (a random UUID from the browser's crypto).
pub fn new_request_key() -> String {
    #[cfg(feature = "hydrate")]
    if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
        return crypto.random_uuid();
    }
    // Only the browser sends keyed requests; a server render never does.
    String::from("server-render")
}
