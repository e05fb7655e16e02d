#!/usr/bin/env bash
# Sets everything up and serves the console on http://localhost:3000 with embedded SQLite
# (./data/mandant.db) and demo data. No configuration needed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"
bash scripts/setup.sh
cargo leptos build --release --split
"$CARGO_TARGET_DIR/release/mandant" compress-assets target/site/pkg
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-target/site}"
exec "$CARGO_TARGET_DIR/release/mandant" serve --demo
