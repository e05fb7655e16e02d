#!/usr/bin/env bash
# Installs everything a fresh machine lacks to build, serve and test Mandant.
# Idempotent: each step checks first and skips what is already there.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
mkdir -p "$MANDANT_TOOLS/bin"

step() { printf '\n== setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "Rust toolchain $MANDANT_RUST_TOOLCHAIN with wasm32"
if ! rustup run "$MANDANT_RUST_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup target list --installed --toolchain "$MANDANT_RUST_TOOLCHAIN" | grep -q wasm32-unknown-unknown; then
  rustup toolchain install "$MANDANT_RUST_TOOLCHAIN" --profile minimal \
    -c clippy -c rustfmt -t wasm32-unknown-unknown
fi

step "cargo-leptos $CARGO_LEPTOS_VERSION"
if ! cargo-leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  cargo "+$MANDANT_RUST_TOOLCHAIN" install --locked --root "$MANDANT_TOOLS" \
    cargo-leptos --version "$CARGO_LEPTOS_VERSION"
fi

WB_VERSION="$(wasm_bindgen_version)"
step "wasm-bindgen-cli $WB_VERSION (matches Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB_VERSION\$"; then
  # --locked fails on this crate's own lockfile here; a plain install works.
  cargo "+$MANDANT_RUST_TOOLCHAIN" install --root "$MANDANT_TOOLS" --force \
    wasm-bindgen-cli --version "$WB_VERSION"
fi

step "wasm-opt (npm binaryen $BINARYEN_VERSION) and playwright-core"
# Debian's binaryen is too old and breaks hydration; the npm build is current.
if [ ! -x "$MANDANT_TOOLS/node_modules/.bin/wasm-opt" ] \
  || [ ! -d "$MANDANT_TOOLS/node_modules/playwright-core" ]; then
  cp "$MANDANT_ROOT/end2end/package.json" "$MANDANT_TOOLS/package.json"
  cp "$MANDANT_ROOT/end2end/package-lock.json" "$MANDANT_TOOLS/package-lock.json" 2>/dev/null || true
  (cd "$MANDANT_TOOLS" && npm install --no-audit --no-fund)
fi

step "OpenSSL headers (security keys: webauthn-rs links OpenSSL)"
if ! pkg-config --exists openssl 2>/dev/null; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y libssl-dev pkg-config
fi

step "Chromium for the browser tests"
if ! command -v chromium >/dev/null 2>&1; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

step "Poppler (the document tests read the invoices' text back as a reader would)"
if ! command -v pdftotext >/dev/null 2>&1; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils
fi

printf '\n== setup: done (tools in %s, builds in %s)\n' "$MANDANT_TOOLS" "$CARGO_TARGET_DIR"
