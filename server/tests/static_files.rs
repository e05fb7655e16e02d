//! The client's files reach the browser compressed, cached for good under their build's
//! address, and without a database read; pages and server-function answers are compressed.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use db::Backend;
use std::io::Read;
use support::TestServer;

/// A built site: client files large enough to be worth compressing, and a favicon.
fn site(dir: &std::path::Path, css_precompressed: bool) -> (Vec<u8>, Vec<u8>) {
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    let js: Vec<u8> = (0..4000)
        .flat_map(|n| format!("export const v{n} = {n};\n").into_bytes())
        .collect();
    let css = b".mn-button { color: red; }\n".repeat(200);
    std::fs::write(pkg.join("mandant.js"), &js).unwrap();
    std::fs::write(pkg.join("mandant.css"), &css).unwrap();
    std::fs::write(pkg.join("mandant.wasm"), b"\0asm".repeat(300)).unwrap();
    std::fs::write(
        dir.join("favicon.svg"),
        "<svg xmlns='http://www.w3.org/2000/svg'/>",
    )
    .unwrap();
    if css_precompressed {
        server::assets::compress_dir(&pkg).unwrap();
    }
    (js, css)
}

fn get(url: &str, headers: &[(&str, &str)]) -> (u16, ureq::Response) {
    let mut req = ureq::get(url);
    for (k, v) in headers {
        req = req.set(k, v);
    }
    match req.call() {
        Ok(r) => (r.status(), r),
        Err(ureq::Error::Status(status, r)) => (status, r),
        Err(e) => panic!("{e}"),
    }
}

fn body(resp: ureq::Response) -> Vec<u8> {
    let mut out = vec![];
    resp.into_reader().read_to_end(&mut out).unwrap();
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![];
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![];
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// The address the login page gives for `file`.
fn linked(html: &str, file: &str) -> String {
    html.split('"')
        .find(|part| part.starts_with("/assets/") && part.ends_with(file))
        .unwrap_or_else(|| panic!("the page does not link {file}: {html}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn client_files_go_out_compressed_and_are_cached_for_good() {
    let dir = tempdir("client-files");
    let (js, css) = site(&dir, true);
    let server = TestServer::start_with_site(Backend::Sqlite, dir.to_str().unwrap()).await;
    let base = server.base.clone();
    let site_dir = dir.clone();
    tokio::task::spawn_blocking(move || {
        let dir = site_dir;
        let (status, login) = get(&format!("{base}/login"), &[]);
        assert_eq!(status, 200);
        let html = String::from_utf8(body(login)).unwrap();
        let js_url = linked(&html, "/pkg/mandant.js");
        let css_url = linked(&html, "/pkg/mandant.css");
        // (The wasm file name depends on how the client was built.)
        linked(&html, ".wasm");

        let (status, resp) = get(
            &format!("{base}{js_url}"),
            &[("Accept-Encoding", "gzip, deflate, br")],
        );
        assert_eq!(status, 200);
        assert_eq!(resp.header("content-encoding"), Some("br"));
        assert_eq!(
            resp.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(
            resp.header("content-type"),
            Some("text/javascript; charset=utf-8")
        );
        let sent = body(resp);
        assert!(
            sent.len() * 4 < js.len(),
            "brotli should shrink the script: {} of {}",
            sent.len(),
            js.len()
        );
        assert_eq!(unbrotli(&sent), js);

        let (_, resp) = get(&format!("{base}{js_url}"), &[("Accept-Encoding", "gzip")]);
        assert_eq!(resp.header("content-encoding"), Some("gzip"));
        assert_eq!(ungzip(&body(resp)), js);

        let (_, resp) = get(&format!("{base}{js_url}"), &[]);
        assert_eq!(resp.header("content-encoding"), None);
        assert_eq!(body(resp), js);

        // The build step's copy is what goes out, byte for byte.
        let (_, resp) = get(&format!("{base}{css_url}"), &[("Accept-Encoding", "br")]);
        let on_disk = std::fs::read(dir.join("pkg/mandant.css.br")).unwrap();
        assert_eq!(body(resp), on_disk);
        assert_eq!(unbrotli(&on_disk), css);

        // The plain address may change with the next build: revalidated by its ETag.
        let (status, resp) = get(&format!("{base}/pkg/mandant.js"), &[]);
        assert_eq!(status, 200);
        assert_eq!(resp.header("cache-control"), Some("no-cache"));
        let etag = resp.header("etag").unwrap().to_owned();
        let (status, _) = get(
            &format!("{base}/pkg/mandant.js"),
            &[("If-None-Match", &etag)],
        );
        assert_eq!(status, 304);

        let stale = js_url.replacen("/assets/", "/assets/0", 1);
        assert_eq!(get(&format!("{base}{stale}"), &[]).0, 404);
    })
    .await
    .unwrap();
    server.db.cleanup().await;
    let _ = std::fs::remove_dir_all(dir);
}

/// Where the language files of a page are: `<html data-asset-root="…">` + `/locales`.
fn messages_base(html: &str) -> String {
    let root = html
        .split("data-asset-root=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or_else(|| panic!("the page gives no build address: {html}"));
    format!("{root}/locales")
}

#[tokio::test(flavor = "multi_thread")]
async fn the_page_names_the_viewers_language_file_which_is_cached_for_good() {
    let dir = tempdir("language-files");
    site(&dir, false);
    let server = TestServer::start_with_site(Backend::Sqlite, dir.to_str().unwrap()).await;
    let base = server.base.clone();
    tokio::task::spawn_blocking(move || {
        let (_, login) = get(&format!("{base}/login"), &[("Accept-Language", "de-CH")]);
        let html = String::from_utf8(body(login)).unwrap();
        let messages = messages_base(&html);
        assert!(messages.starts_with("/assets/"), "{messages}");
        let german = format!("{messages}/de.ftl");
        assert!(
            html.contains(&format!("<link rel=\"preload\" href=\"{german}\"")),
            "the page preloads its own language only: {html}"
        );
        assert!(!html.contains(&format!("{messages}/fr.ftl")));

        let (status, resp) = get(&format!("{base}{german}"), &[("Accept-Encoding", "br")]);
        assert_eq!(status, 200);
        assert_eq!(resp.header("content-encoding"), Some("br"));
        assert_eq!(
            resp.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        let text = String::from_utf8(unbrotli(&body(resp))).unwrap();
        assert_eq!(text, app::i18n::language_file(domain::Lang::De));
        // Every German file is in it, and no other language.
        assert!(
            text.lines().any(|l| l.starts_with("login-title =")),
            "{text}"
        );
        assert_ne!(text, app::i18n::language_file(domain::Lang::Fr));

        assert_eq!(get(&format!("{base}{messages}/xx.ftl"), &[]).0, 404);
    })
    .await
    .unwrap();
    server.db.cleanup().await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_build_gets_a_new_address() {
    let first = tempdir("build-a");
    let second = tempdir("build-b");
    site(&first, false);
    site(&second, false);
    std::fs::write(
        second.join("pkg/mandant.js"),
        "export const changed = true;",
    )
    .unwrap();
    let a = server::assets::Assets::load(&first);
    let b = server::assets::Assets::load(&second);
    let again = server::assets::Assets::load(&first);
    assert_ne!(a.root(), b.root());
    assert_eq!(a.root(), again.root());
    let _ = std::fs::remove_dir_all(first);
    let _ = std::fs::remove_dir_all(second);
}

#[tokio::test(flavor = "multi_thread")]
async fn static_files_skip_the_session_and_pages_are_compressed() {
    let dir = tempdir("session-free");
    site(&dir, false);
    let server = TestServer::start_with_site(Backend::Sqlite, dir.to_str().unwrap()).await;
    let base = server.base.clone();
    tokio::task::spawn_blocking(move || {
        let stale_cookie = ("Cookie", "mandant_session=no-such-session");
        // A page resolves the cookie and tells the browser to drop it …
        let (_, page) = get(&format!("{base}/login"), &[stale_cookie]);
        assert!(page
            .all("set-cookie")
            .iter()
            .any(|c| c.starts_with("mandant_session=;")));
        // … a static file never looks at it.
        let (status, icon) = get(&format!("{base}/favicon.svg"), &[stale_cookie]);
        assert_eq!(status, 200);
        assert!(icon.all("set-cookie").is_empty());
        assert_eq!(icon.header("content-type"), Some("image/svg+xml"));

        let (_, page) = get(&format!("{base}/login"), &[("Accept-Encoding", "gzip")]);
        assert_eq!(page.header("content-encoding"), Some("gzip"));
        let html = String::from_utf8(ungzip(&body(page))).unwrap();
        assert!(html.contains("data-testid=\"login-form\""), "{html}");

        let mut client = support::Client::for_base(&base);
        support::sign_up(&mut client, "Ada", "ada@example.com", "Ada GmbH", "CH");
        let resp = ureq::post(&format!("{base}/api/account/get_shell"))
            .set("Cookie", client.cookie.as_deref().unwrap())
            .set("Accept-Encoding", "br")
            .send_form(&[])
            .unwrap();
        assert_eq!(resp.header("content-encoding"), Some("br"));
        let json = String::from_utf8(unbrotli(&body(resp))).unwrap();
        assert!(json.contains("ada@example.com"), "{json}");
    })
    .await
    .unwrap();
    server.db.cleanup().await;
    let _ = std::fs::remove_dir_all(dir);
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("mandant-{name}-{}", uuid::Uuid::now_v7().simple()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
