#!/usr/bin/env bash
# The performance bench: builds the release console (client compressed as for serving),
# then runs `mandant bench` on SQLite and PostgreSQL and Lighthouse on two pages
# (scripts/lighthouse.sh). Options go to `mandant bench`, e.g.
#   bash scripts/bench.sh --scale 0.1 --seconds 5
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"
bash scripts/setup.sh
cargo leptos build --release --split
"$CARGO_TARGET_DIR/release/mandant" compress-assets target/site/pkg
export LEPTOS_SITE_ROOT=target/site
"$CARGO_TARGET_DIR/release/mandant" bench "$@"
bash scripts/lighthouse.sh
