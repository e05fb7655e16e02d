//! The browser's half of a WebAuthn ceremony. The server speaks webauthn-rs' JSON, where
//! binary fields are base64url text; `navigator.credentials` wants and returns
//! `ArrayBuffer`s. A few lines of JavaScript convert between the two, so the wasm build
//! needs neither a WebAuthn crate nor the many `web-sys` features they use.
//!
//! Errors are codes like everywhere else: a cancelled, refused or timed-out ceremony is the
//! field error `security-key-cancelled`; a console opened at an address that cannot carry
//! security keys answers `security-keys-unavailable`.

use domain::AppError;
use std::future::Future;

/// Runs `navigator.credentials.create` with the server's `CreationChallengeResponse` JSON
/// and returns the new credential as `RegisterPublicKeyCredential` JSON.
pub fn create_credential(
    options: String,
) -> impl Future<Output = Result<String, AppError>> + Send + 'static {
    #[cfg(feature = "hydrate")]
    {
        // The browser has one thread: the promise never moves, so it can be called Send and
        // run in an ordinary action, which server rendering can read from any thread.
        send_wrapper::SendWrapper::new(async move { finish(js::create_credential(options).await) })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = options;
        std::future::ready(Err(cancelled()))
    }
}

/// Runs `navigator.credentials.get` with the server's `RequestChallengeResponse` JSON and
/// returns the assertion as `PublicKeyCredential` JSON.
pub fn get_assertion(
    options: String,
) -> impl Future<Output = Result<String, AppError>> + Send + 'static {
    #[cfg(feature = "hydrate")]
    {
        send_wrapper::SendWrapper::new(async move { finish(js::get_assertion(options).await) })
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = options;
        std::future::ready(Err(cancelled()))
    }
}

fn cancelled() -> AppError {
    AppError::field("credential", "security-key-cancelled")
}

#[cfg(feature = "hydrate")]
fn finish(
    result: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>,
) -> Result<String, AppError> {
    match result {
        Ok(json) => json.as_string().ok_or_else(cancelled),
        Err(err) => {
            let name = js_sys::Reflect::get(&err, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            Err(match name.as_str() {
                // The relying party id does not fit the page's address (e.g. an IP address).
                "SecurityError" => AppError::conflict("security-keys-unavailable"),
                // The authenticator already holds a credential of this account.
                "InvalidStateError" => AppError::field("credential", "security-key-refused"),
                // NotAllowedError: cancelled, timed out or refused by the user.
                _ => cancelled(),
            })
        }
    }
}

#[cfg(feature = "hydrate")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
const toBuffer = (text) => {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes.buffer;
};
const toText = (buffer) => {
  const bytes = new Uint8Array(buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
// Absent options are serialised as null, which the browser's dictionaries refuse.
const withoutNulls = (value) => {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
};
export async function createCredential(optionsJson) {
  const options = withoutNulls(JSON.parse(optionsJson)).publicKey;
  options.challenge = toBuffer(options.challenge);
  options.user.id = toBuffer(options.user.id);
  for (const c of options.excludeCredentials || []) c.id = toBuffer(c.id);
  const cred = await navigator.credentials.create({ publicKey: options });
  const results = cred.getClientExtensionResults ? cred.getClientExtensionResults() : {};
  return JSON.stringify({
    id: cred.id,
    rawId: toText(cred.rawId),
    type: cred.type,
    response: {
      attestationObject: toText(cred.response.attestationObject),
      clientDataJSON: toText(cred.response.clientDataJSON),
    },
    extensions: results.credProps ? { credProps: results.credProps } : {},
  });
}
export async function getAssertion(optionsJson) {
  const options = withoutNulls(JSON.parse(optionsJson));
  const publicKey = options.publicKey;
  publicKey.challenge = toBuffer(publicKey.challenge);
  for (const c of publicKey.allowCredentials || []) c.id = toBuffer(c.id);
  const request = { publicKey };
  if (options.mediation) request.mediation = options.mediation;
  const cred = await navigator.credentials.get(request);
  const r = cred.response;
  return JSON.stringify({
    id: cred.id,
    rawId: toText(cred.rawId),
    type: cred.type,
    response: {
      authenticatorData: toText(r.authenticatorData),
      clientDataJSON: toText(r.clientDataJSON),
      signature: toText(r.signature),
      userHandle: r.userHandle ? toText(r.userHandle) : null,
    },
    extensions: {},
  });
}
"#)]
    extern "C" {
        #[wasm_bindgen(catch, js_name = createCredential)]
        pub async fn create_credential(options: String) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch, js_name = getAssertion)]
        pub async fn get_assertion(options: String) -> Result<JsValue, JsValue>;
    }
}
