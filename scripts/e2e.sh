#!/usr/bin/env bash
# Browser tests: builds the console, serves it with fresh demo data on a free loopback
# port with its mail going to end2end/smtp-sink.mjs, waits until it answers, then runs
# end2end/tests in Chromium. Text messages go to end2end/sms-sink.mjs the same way. The
# browser opens the console at http://localhost:<port>: WebAuthn refuses IP addresses, and
# the security-key tests need it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"

# Split like the release build, so the browser tests load pages the way users do.
cargo leptos build --split

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
server="" sink="" sms_sink=""
cleanup() {
  for pid in $server $sink $sms_sink; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# Starts a sink (`node <script> 0 <dir>`), waits for its `listening <port>` line and prints
# the port; its pid goes to <log>.pid.
start_sink() {
  local script=$1 dir=$2 log=$3 port="" pid
  node "$script" 0 "$dir" >"$log" 2>&1 &
  pid=$!
  echo "$pid" >"$log.pid"
  for _ in $(seq 1 50); do
    port=$(sed -n 's/^listening \([0-9]*\)$/\1/p' "$log")
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.2
  done
  cat "$log" >&2
  echo "$script did not start" >&2
  return 1
}

# The server delivers its mail to a local SMTP sink and its text messages, through the real
# HTTP SMS adapter, to a stand-in gateway, so tests can read what was really sent.
smtp_port=$(start_sink end2end/smtp-sink.mjs "$work/mail" "$work/smtp.log")
sink=$(cat "$work/smtp.log.pid")
sms_port=$(start_sink end2end/sms-sink.mjs "$work/sms" "$work/sms.log")
sms_sink=$(cat "$work/sms.log.pid")

MANDANT_SMS_GATEWAY_URL="http://127.0.0.1:$sms_port/messages" MANDANT_SMS_GATEWAY_TOKEN="e2e-gateway-token" \
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
(cd end2end && BASE_URL="http://localhost:$port" MAIL_DIR="$work/mail" SMS_DIR="$work/sms" node --test --test-concurrency=1 ${E2E_TESTS:-tests/*.test.mjs}) || status=$?
if [ "$status" != 0 ]; then
  echo "--- server log ---"; tail -50 "$work/server.log"
  echo "--- mail log ---"; tail -20 "$work/smtp.log"
fi
exit "$status"
