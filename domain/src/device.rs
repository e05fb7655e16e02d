//! What the console tells about where a sign-in came from: browser and system read from the
//! User-Agent header, and an approximate place. No outside service is asked: without a local
//! IP database the place is "local network" for private addresses and "unknown" otherwise.

use serde::{Deserialize, Serialize};
use std::net::IpAddr;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// e.g. "Firefox", "Chrome", "Safari", "Edge"; `None` when not recognised.
    pub browser: Option<String>,
    /// e.g. "Windows", "macOS", "Linux", "Android", "iOS".
    pub os: Option<String>,
}

/// Place codes; displayed through `place-<code>`.
pub const PLACES: &[&str] = &["local-network", "unknown"];

/// Reads the browser and operating system from a User-Agent string. Order matters: Edge and
/// Opera also say "Chrome", Chrome also says "Safari", Android also says "Linux".
pub fn describe(user_agent: &str) -> Device {
    let ua = user_agent;
    let browser = [
        ("Edg/", "Edge"),
        ("OPR/", "Opera"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ]
    .into_iter()
    .find(|(marker, _)| ua.contains(marker))
    .map(|(_, name)| name.to_owned());
    let os = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Windows", "Windows"),
        ("Mac OS X", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(marker, _)| ua.contains(marker))
    .map(|(_, name)| name.to_owned());
    Device { browser, os }
}

/// The place code of an address.
pub fn place(ip: &str) -> String {
    let local = match ip.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.is_loopback() || v4.is_private() || v4.is_link_local(),
        Ok(IpAddr::V6(v6)) => v6.is_loopback() || (v6.segments()[0] & 0xfe00) == 0xfc00,
        Err(_) => false,
    };
    if local { "local-network" } else { "unknown" }.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_browsers_and_systems_are_recognised() {
        let cases = [
            ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0", "Edge", "Windows"),
            ("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox", "Linux"),
            ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari", "iOS"),
            ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36", "Chrome", "Android"),
            ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari", "macOS"),
        ];
        for (ua, browser, os) in cases {
            let d = describe(ua);
            assert_eq!(
                (d.browser.as_deref(), d.os.as_deref()),
                (Some(browser), Some(os)),
                "{ua}"
            );
        }
        assert_eq!(describe("curl/8.0"), Device::default());
    }

    #[test]
    fn private_addresses_are_the_local_network_and_others_unknown() {
        assert_eq!(place("127.0.0.1"), "local-network");
        assert_eq!(place("192.168.1.20"), "local-network");
        assert_eq!(place("fd12::1"), "local-network");
        assert_eq!(place("203.0.113.7"), "unknown");
        assert_eq!(place("not an address"), "unknown");
    }
}
