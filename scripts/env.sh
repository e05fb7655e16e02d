# Shared environment for Mandant's scripts: where tools and build output live.
# Sourced, not executed. Everything heavy goes outside the checkout so a fresh clone
# reuses earlier builds and tool installs.

MANDANT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export MANDANT_ROOT
export MANDANT_TOOLS="${MANDANT_TOOLS:-$HOME/.mandant-tools}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.mandant-target}"
export PATH="$MANDANT_TOOLS/bin:$MANDANT_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# rustup may not auto-install toolchains here: setup.sh installs the pinned one explicitly.
export RUSTUP_AUTO_INSTALL=0

# Versions pinned here must match Cargo.lock / rust-toolchain.toml.
export MANDANT_RUST_TOOLCHAIN="1.99.1"
export CARGO_LEPTOS_VERSION="0.3.11"
export BINARYEN_VERSION="132.0.0"
# Lighthouse for the bench (scripts/lighthouse.sh installs it on first use).
export LIGHTHOUSE_VERSION="12.8.2"

wasm_bindgen_version() {
  # The wasm-bindgen CLI must equal the crate version resolved in Cargo.lock.
  awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' \
    "$MANDANT_ROOT/Cargo.lock"
}
