//! The cart survives a reload of the order page: it is kept in the tab's session storage per
//! organisation until the order is placed. Only the browser reads or writes it.

use super::order::CartState;
use domain::OrgId;

fn key(org: OrgId) -> String {
    format!("mandant-cart-{org}")
}

#[cfg(feature = "hydrate")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The cart saved for `org`, if any and still readable.
pub fn load(org: OrgId) -> Option<CartState> {
    #[cfg(feature = "hydrate")]
    {
        let text = storage()?.get_item(&key(org)).ok()??;
        serde_json::from_str(&text).ok()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = key(org);
        None
    }
}

/// Keeps `cart` for `org` (an empty cart removes what was kept).
pub fn save(org: OrgId, cart: &CartState) {
    #[cfg(feature = "hydrate")]
    if let Some(storage) = storage() {
        if cart.lines.is_empty() {
            let _ = storage.remove_item(&key(org));
        } else if let Ok(text) = serde_json::to_string(cart) {
            let _ = storage.set_item(&key(org), &text);
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (key(org), cart);
}
