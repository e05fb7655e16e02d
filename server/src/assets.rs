//! The site's static files (the client's wasm, JS and CSS, the favicon), held in memory and
//! served without touching the session layer or the disk.
//!
//! The client files are also served under `/assets/<build id>/pkg/…`, where the build id is
//! a hash of their contents: pages link there, so browsers may keep them forever
//! (`immutable`) and a new build is fetched under a new address. Each file goes out brotli-
//! or gzip-compressed when the browser accepts it: `mandant compress-assets` writes the
//! compressed copies once at build time (best compression); files without them are
//! compressed here at start, faster and a little larger.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where the build-id addressed copies of `pkg/` live.
pub const HASHED_PREFIX: &str = "/assets";

/// Brotli quality of the build-time copies (the format's best) and of the start-up fallback.
const BUILD_BROTLI_QUALITY: u32 = 11;
const START_BROTLI_QUALITY: u32 = 5;

/// Files smaller than this are not worth a compressed copy.
const COMPRESS_MIN_BYTES: usize = 512;

/// Bytes, so that a response shares the file instead of copying it.
struct Asset {
    raw: Bytes,
    br: Option<Bytes>,
    gz: Option<Bytes>,
    content_type: &'static str,
    etag: HeaderValue,
}

impl Asset {
    /// The file with its compressed copies: the build's own (`sibling("br")`) when fresh,
    /// otherwise made now.
    fn new(url: &str, raw: Vec<u8>, sibling: impl Fn(&str) -> Option<Vec<u8>>) -> Asset {
        let content_type = content_type(url);
        let (br, gz) = if is_compressible(content_type, raw.len()) {
            (
                Some(sibling("br").unwrap_or_else(|| brotli(&raw, START_BROTLI_QUALITY))),
                Some(sibling("gz").unwrap_or_else(|| gzip(&raw))),
            )
        } else {
            (None, None)
        };
        let etag = HeaderValue::from_str(&format!("\"{}\"", &hex(&Sha256::digest(&raw))[..16]))
            .unwrap_or_else(|_| HeaderValue::from_static("\"0\""));
        Asset {
            raw: raw.into(),
            br: br.map(Bytes::from),
            gz: gz.map(Bytes::from),
            content_type,
            etag,
        }
    }
}

/// Every static file of the site, by URL path (`/favicon.svg`, `/pkg/mandant.js`).
#[derive(Clone)]
pub struct Assets {
    files: Arc<HashMap<String, Asset>>,
    /// `/assets/<build id>`, computed once: every client-file request is matched against it.
    root: Arc<str>,
}

impl Assets {
    /// Reads `site_root` (missing is fine: a server without a built client still answers).
    pub fn load(site_root: &Path) -> Assets {
        Assets::load_with(site_root, [])
    }

    /// Like [`Assets::load`], plus files made by the server itself (`(URL path, contents)`):
    /// the interface text of each language, which the browser loads for its viewer only.
    pub fn load_with(
        site_root: &Path,
        generated: impl IntoIterator<Item = (String, Vec<u8>)>,
    ) -> Assets {
        let mut files = HashMap::new();
        for path in files_below(site_root) {
            let Some(url) = url_path(site_root, &path) else {
                continue;
            };
            if url.ends_with(".br") || url.ends_with(".gz") {
                continue;
            }
            let Ok(raw) = std::fs::read(&path) else {
                continue;
            };
            let asset = Asset::new(&url, raw, |ext| fresh_sibling(&path, ext));
            files.insert(url, asset);
        }
        for (url, raw) in generated {
            let asset = Asset::new(&url, raw, |_| None);
            files.insert(url, asset);
        }
        let root = format!("{HASHED_PREFIX}/{}", build_id(&files)).into();
        Assets {
            files: Arc::new(files),
            root,
        }
    }

    /// The URL prefix pages give the client files: `/assets/<build id>`.
    pub fn root(&self) -> String {
        self.root.to_string()
    }

    /// The split build's lazily loaded parts, from its manifest (none for an unsplit build).
    pub fn client_parts(&self) -> app::ClientParts {
        self.files
            .get("/pkg/__wasm_split_manifest.json")
            .and_then(|manifest| std::str::from_utf8(&manifest.raw).ok())
            .map(app::ClientParts::from_manifest)
            .unwrap_or_default()
    }

    /// URL paths this serves directly, the build-id addressed copies excluded.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    /// Answers `GET`/`HEAD` of a file at its plain path or under the build-id prefix.
    pub fn respond(&self, req: &Request<Body>) -> Response {
        let path = req.uri().path();
        // `<root>/pkg/x.js` is the file `/pkg/x.js`, cacheable for good.
        let hashed = path
            .strip_prefix(&*self.root)
            .filter(|rest| rest.starts_with('/'));
        let (file, immutable) = match hashed {
            Some(rest) => (rest, true),
            None => (path, false),
        };
        let Some(asset) = self.files.get(file) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(if immutable {
                "public, max-age=31536000, immutable"
            } else {
                // Plain paths may change with the next build: revalidate (cheap, by ETag).
                "no-cache"
            }),
        );
        headers.insert(header::ETAG, asset.etag.clone());
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        );
        if asset.br.is_some() || asset.gz.is_some() {
            headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        }
        if req
            .headers()
            .get(header::IF_NONE_MATCH)
            .is_some_and(|tag| tag.as_bytes() == asset.etag.as_bytes())
        {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        let accepted = req
            .headers()
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let (body, encoding) = match (&asset.br, &asset.gz) {
            (Some(br), _) if accepts(accepted, "br") => (br, Some("br")),
            (_, Some(gz)) if accepts(accepted, "gzip") => (gz, Some("gzip")),
            _ => (&asset.raw, None),
        };
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(encoding));
        }
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        let body = if req.method() == axum::http::Method::HEAD {
            Body::empty()
        } else {
            Body::from(body.clone())
        };
        (StatusCode::OK, headers, body).into_response()
    }
}

/// Writes `<file>.br` and `<file>.gz` beside every compressible file under `dir` (the build
/// step; the server then serves them as they are). Returns how many files it compressed.
pub fn compress_dir(dir: &Path) -> std::io::Result<usize> {
    let mut done = 0;
    for path in files_below(dir) {
        let name = path.to_string_lossy();
        if name.ends_with(".br") || name.ends_with(".gz") {
            continue;
        }
        let raw = std::fs::read(&path)?;
        if !is_compressible(content_type(&name), raw.len()) {
            continue;
        }
        std::fs::write(
            with_extension(&path, "br"),
            brotli(&raw, BUILD_BROTLI_QUALITY),
        )?;
        std::fs::write(with_extension(&path, "gz"), gzip(&raw))?;
        done += 1;
    }
    Ok(done)
}

/// A q-value of 0 refuses an encoding; anything else (or no q) accepts it.
fn accepts(accept_encoding: &str, wanted: &str) -> bool {
    accept_encoding.split(',').any(|part| {
        let mut pieces = part.split(';').map(str::trim);
        let name = pieces.next().unwrap_or_default();
        let refused = pieces.any(|p| {
            p.strip_prefix("q=")
                .and_then(|q| q.parse::<f32>().ok())
                .is_some_and(|q| q == 0.0)
        });
        name.eq_ignore_ascii_case(wanted) && !refused
    })
}

/// A compressed copy written after its file (a later build leaves stale copies behind).
fn fresh_sibling(path: &Path, ext: &str) -> Option<Vec<u8>> {
    let copy = with_extension(path, ext);
    let written = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    if written(&copy)? < written(path)? {
        return None;
    }
    std::fs::read(copy).ok()
}

/// Every file below `dir`, at any depth (a missing directory has none).
pub fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![];
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_below(&path));
        } else {
            out.push(path);
        }
    }
    out
}

fn url_path(root: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let parts: Vec<&str> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect::<Option<_>>()?;
    Some(format!("/{}", parts.join("/")))
}

fn with_extension(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "wasm" => "application/wasm",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn is_compressible(content_type: &str, len: usize) -> bool {
    len >= COMPRESS_MIN_BYTES
        && (content_type.starts_with("text/")
            || matches!(
                content_type,
                "application/wasm" | "application/json" | "image/svg+xml"
            ))
}

/// A hash of the client files and texts: it changes exactly when one of them does.
fn build_id(files: &HashMap<String, Asset>) -> String {
    let mut names: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with("/pkg/") || k.starts_with(app::i18n::LANGUAGE_FILES))
        .collect();
    names.sort();
    let mut hasher = Sha256::new();
    for name in names {
        hasher.update(name.as_bytes());
        hasher.update(files[name].etag.as_bytes());
    }
    hex(&hasher.finalize())[..12].to_owned()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn brotli(raw: &[u8], quality: u32) -> Vec<u8> {
    let mut out = vec![];
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, 22);
        // Writing into a Vec cannot fail.
        let _ = writer.write_all(raw);
    }
    out
}

fn gzip(raw: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(vec![], flate2::Compression::best());
    let _ = encoder.write_all(raw);
    encoder.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_refused_with_q0_are_not_used() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip;q=1.0, br;q=0.5", "br"));
        assert!(!accepts("gzip, br;q=0", "br"));
        assert!(!accepts("gzip", "br"));
        assert!(!accepts("", "gzip"));
    }
}
