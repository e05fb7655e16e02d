#!/usr/bin/env bash
# Browser tests: builds the console, serves it with fresh demo data on a free loopback
# port, waits until it answers, then runs end2end/tests in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"

cargo leptos build

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
DATABASE_URL="sqlite://$work/e2e.db?mode=rwc" MANDANT_LISTEN="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  "$CARGO_TARGET_DIR/debug/mandant" serve --demo >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
  if node -e "fetch('http://127.0.0.1:$port/login').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; echo "server exited" >&2; exit 1; fi
  sleep 0.5
done

# playwright-core lives with the other tools, outside the checkout.
ln -sfn "$MANDANT_TOOLS/node_modules" end2end/node_modules
status=0
(cd end2end && BASE_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 tests/*.test.mjs) || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log ---"; tail -50 "$work/server.log"
fi
exit "$status"
