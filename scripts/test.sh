#!/usr/bin/env bash
# The whole test suite: formatting, lints (server and wasm), the wasm dependency guard,
# native tests on SQLite and PostgreSQL, and the browser tests. CI runs exactly this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"
started=$(date +%s)
# A CI run builds a fresh clone once: incremental caches would only fill the disk.
if [ "${CI:-}" = true ]; then export CARGO_INCREMENTAL=0; fi
step() { printf '\n== test: %s (%ss)\n' "$*" "$(( $(date +%s) - started ))"; }

step "tools"
bash scripts/setup.sh

step "PostgreSQL"
pg_up() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if [ "${MANDANT_TEST_SKIP_PG:-0}" != 1 ]; then
  if ! pg_up && command -v pg_ctlcluster >/dev/null; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  fi
  pg_up || { echo "PostgreSQL is not reachable at 127.0.0.1:5432 (MANDANT_TEST_SKIP_PG=1 skips it)" >&2; exit 1; }
fi

step "cargo fmt --check"
cargo fmt --all --check

step "clippy (server)"
cargo clippy -p domain -p db -p app -p documents -p server --all-targets --features app/ssr,db/testing -- -D warnings

step "clippy (wasm)"
cargo clippy -p frontend --target wasm32-unknown-unknown -- -D warnings

step "the browser build pulls in neither sqlx, tokio, webauthn-rs (OpenSSL) nor the PDF writer"
for crate in sqlx tokio webauthn-rs krilla; do
  tree=$(cargo tree -p frontend --target wasm32-unknown-unknown -e normal -i "$crate" 2>&1 || true)
  if grep -qE "^$crate v" <<<"$tree"; then
    echo "$tree" >&2
    echo "the wasm build depends on $crate" >&2
    exit 1
  fi
done

results=$(mktemp)
trap 'rm -f "$results"' EXIT

step "native tests (domain, db, app, documents, server) on SQLite and PostgreSQL"
cargo test -p domain -p db -p app -p documents -p server --features app/ssr 2>&1 | tee -a "$results"

step "browser tests"
bash scripts/e2e.sh 2>&1 | tee -a "$results"

# One closing line for the whole suite: cargo's "test result" lines plus node's totals.
totals=$(awk '/^test result: /{for(i=1;i<NF;i++){if($(i+1)~/^passed/)p+=$i; if($(i+1)~/^failed/)f+=$i}}
  /^# pass /{p+=$3} /^# fail /{f+=$3} END{printf "%d passed, %d failed", p, f}' "$results")
step "all passed"
echo "suite: $totals"
