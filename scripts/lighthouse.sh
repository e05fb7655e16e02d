#!/usr/bin/env bash
# Lighthouse (mobile emulation, Debian's Chromium) on the login page and on a signed-in
# dashboard of a release server with fresh demo data; prints each category's score and the
# main timings. Run by scripts/bench.sh after `mandant bench`, or alone after a release build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MANDANT_ROOT"

lighthouse="$MANDANT_TOOLS/lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
  mkdir -p "$MANDANT_TOOLS/lighthouse"
  # Its own package.json, or npm would install into the tools folder's project above it.
  echo '{"private": true}' >"$MANDANT_TOOLS/lighthouse/package.json"
  (cd "$MANDANT_TOOLS/lighthouse" && npm install --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null)
fi

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
DATABASE_URL="sqlite://$work/lighthouse.db?mode=rwc" MANDANT_LISTEN="127.0.0.1:$port" \
  LEPTOS_SITE_ROOT=target/site MANDANT_PUBLIC_URL="http://localhost:$port" \
  "$CARGO_TARGET_DIR/release/mandant" serve --demo >"$work/server.log" 2>&1 &
server=$!
base="http://localhost:$port"
for _ in $(seq 1 60); do curl -sf -o /dev/null "$base/login" && break; sleep 0.5; done

# The demo agency signs in; its session cookie lets Lighthouse load the dashboard.
curl -sf -c "$work/cookies" -o /dev/null -X POST \
  --data-urlencode "email=agency@example.com" --data-urlencode "password=demo-password-2026" \
  "$base/api/public/auth/log_in"
session=$(awk '$6 == "mandant_session" { print $7 }' "$work/cookies")
dashboard=$(curl -s -o /dev/null -w '%{redirect_url}' -b "mandant_session=$session" "$base/")

run() { # <name> <url> [cookie]
  local headers="{}"
  [ -n "${3:-}" ] && headers="{\"Cookie\":\"mandant_session=$3\"}"
  CHROME_PATH=/usr/bin/chromium "$lighthouse" "$2" --quiet --form-factor=mobile \
    --chrome-flags="--headless --no-sandbox --disable-gpu" --extra-headers="$headers" \
    --output=json --output-path="$work/$1.json" >"$work/$1.log" 2>&1 || { tail -5 "$work/$1.log" >&2;
    echo "lighthouse failed on $2" >&2; return 1; }
}
run login "$base/login"
run dashboard "${dashboard:-$base/}" "$session"

node - "$work" <<'JS'
const dir = process.argv[2];
const pages = ['login', 'dashboard'];
const reports = pages.map((p) => require(`${dir}/${p}.json`));
console.log(`\n| Lighthouse (mobile) | ${pages.join(' | ')} | goal |\n|---|---|---|---|`);
for (const key of Object.keys(reports[0].categories)) {
  const goal = key === 'performance' ? '≥ 95' : '';
  console.log(`| ${reports[0].categories[key].title} | ${reports.map((r) => Math.round(r.categories[key].score * 100)).join(' | ')} | ${goal} |`);
}
for (const audit of ['first-contentful-paint', 'largest-contentful-paint', 'interactive', 'total-blocking-time', 'cumulative-layout-shift', 'total-byte-weight']) {
  console.log(`| ${reports[0].audits[audit].title} | ${reports.map((r) => r.audits[audit].displayValue).join(' | ')} | |`);
}
console.log(`- pages: ${reports.map((r) => r.finalDisplayedUrl).join(', ')}`);
JS
