#!/usr/bin/env bash
# Browser tests: builds the console, serves it with fresh demo data on a free loopback
# port with its mail going to end2end/smtp-sink.mjs, waits until it answers, then runs
# end2end/tests in Chromium. The browser opens the console at http://localhost:<port>:
# WebAuthn refuses IP addresses, and the security-key tests need it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"

cargo leptos build

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
server="" sink=""
cleanup() {
  for pid in $server $sink; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# The server delivers its mail to a local SMTP sink, so tests can read what was really sent.
node end2end/smtp-sink.mjs 0 "$work/mail" >"$work/smtp.log" 2>&1 &
sink=$!
smtp_port=""
for _ in $(seq 1 50); do
  smtp_port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$work/smtp.log")
  if [ -n "$smtp_port" ]; then break; fi
  if ! kill -0 "$sink" 2>/dev/null; then cat "$work/smtp.log"; echo "smtp sink exited" >&2; exit 1; fi
  sleep 0.2
done
if [ -z "$smtp_port" ]; then cat "$work/smtp.log"; echo "smtp sink did not start" >&2; exit 1; fi

DATABASE_URL="sqlite://$work/e2e.db?mode=rwc" MANDANT_LISTEN="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  MANDANT_PUBLIC_URL="http://localhost:$port" MANDANT_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
  "$CARGO_TARGET_DIR/debug/mandant" serve --demo >"$work/server.log" 2>&1 &
server=$!

for _ in $(seq 1 120); do
  if node -e "fetch('http://127.0.0.1:$port/login').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; echo "server exited" >&2; exit 1; fi
  sleep 0.5
done

# The server listens on IPv4 only; node's own fetches to localhost must not try ::1 first.
export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }--dns-result-order=ipv4first"
# playwright-core lives with the other tools, outside the checkout.
ln -sfn "$MANDANT_TOOLS/node_modules" end2end/node_modules
status=0
(cd end2end && BASE_URL="http://localhost:$port" MAIL_DIR="$work/mail" node --test --test-concurrency=1 ${E2E_TESTS:-tests/*.test.mjs}) || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log ---"; tail -50 "$work/server.log"
  echo "--- mail log ---"; tail -20 "$work/smtp.log"
fi
exit "$status"
