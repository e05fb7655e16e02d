//! The viewer's language, region and time zone as one reactive value. The server renders
//! with the same value it writes into `<html>`; the browser starts from those attributes,
//! so both sides produce identical text and hydration never mismatches.

use domain::datetime::{Region, UnixMillis};
use domain::money::Money;
use domain::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Locale {
    pub region: RwSignal<Region>,
}

impl Locale {
    pub fn lang(&self) -> Lang {
        self.region.with(|r| r.lang)
    }

    pub fn date_time(&self, at: UnixMillis) -> String {
        self.region.with(|r| r.date_time(at))
    }

    pub fn date(&self, at: UnixMillis) -> String {
        self.region.with(|r| r.date(at))
    }

    pub fn money(&self, amount: &Money) -> String {
        self.region.with(|r| r.money(amount))
    }

    /// Applies new preferences to this tab and tells the other open tabs.
    pub fn apply(&self, region: Region) {
        remember_language(region.lang);
        broadcast(&region);
        self.show(region);
    }

    /// Switches the interface to `region` once its language's text is at hand (the browser
    /// holds only the languages it has loaded; fetching another takes a moment). The latest
    /// choice wins: a language that arrives after a later choice was shown is not applied.
    fn show(&self, region: Region) {
        #[cfg(feature = "hydrate")]
        {
            LATEST_CHOICE.set(Some(region.clone()));
            if !super::is_loaded(region.lang) {
                let signal = self.region;
                leptos::task::spawn_local(async move {
                    super::load_language(region.lang).await;
                    if LATEST_CHOICE.with_borrow(|latest| latest.as_ref() == Some(&region)) {
                        signal.set(region);
                    }
                });
                return;
            }
        }
        self.region.set(region);
    }
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// The region most recently asked for in this tab (the browser runs on one thread).
    static LATEST_CHOICE: std::cell::RefCell<Option<Region>> = const { std::cell::RefCell::new(None) };
}

pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_else(|| Locale {
        region: RwSignal::new(Region::default()),
    })
}

/// Provides the locale and keeps `<html lang>` and the other tabs in step with it.
pub fn provide_locale(region: Region) -> Locale {
    let locale = Locale {
        region: RwSignal::new(region),
    };
    provide_context(locale);
    #[cfg(feature = "hydrate")]
    {
        Effect::new(move |_| {
            let lang = locale.lang();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
        });
        listen_to_other_tabs(locale);
    }
    locale
}

/// Where the first render takes its locale from: the request on the server, the
/// server-written `<html>` attributes in the browser.
pub fn initial_region() -> Region {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Region>().cloned())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        read_html_region().unwrap_or_default()
    }
}

#[cfg(not(feature = "ssr"))]
fn read_html_region() -> Option<Region> {
    let html = document().document_element()?;
    Some(Region {
        lang: Lang::parse(&html.get_attribute("lang")?)?,
        country: html.get_attribute("data-country")?,
        time_zone: html.get_attribute("data-time-zone")?,
    })
}

/// Name of the cookie that carries an anonymous visitor's language choice.
pub const LANG_COOKIE: &str = "mandant_lang";

fn remember_language(_lang: Lang) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Ok(doc) = document().dyn_into::<web_sys::HtmlDocument>() {
            let _ = doc.set_cookie(&format!(
                "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
                _lang.code()
            ));
        }
    }
}

#[cfg(feature = "hydrate")]
const CHANNEL: &str = "mandant-preferences";

fn broadcast(_region: &Region) {
    #[cfg(feature = "hydrate")]
    if let (Ok(channel), Ok(json)) = (
        web_sys::BroadcastChannel::new(CHANNEL),
        serde_json::to_string(_region),
    ) {
        let _ = channel.post_message(&json.into());
        channel.close();
    }
}

#[cfg(feature = "hydrate")]
fn listen_to_other_tabs(locale: Locale) {
    use wasm_bindgen::prelude::*;
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(region) = ev
                .data()
                .as_string()
                .and_then(|json| serde_json::from_str::<Region>(&json).ok())
            {
                locale.show(region);
            }
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // Both live as long as the tab.
    on_message.forget();
    std::mem::forget(channel);
}
