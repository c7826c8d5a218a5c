#!/usr/bin/env bash
# Dashboard benchmark (issue 8): /staff/dashboard.xhtml as ADMIN over the seeded 100,000
# applications (bench/seed.sh first). One user, no concurrency, so the response time on loopback
# is the server time: 10 warm-up requests, then 30 measured; prints the median and p95, with
# the trivial page /ping.xhtml measured the same way in the same run.
# Usage: bench/dashboard.sh   (BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-dash.XXXXXX)
trap 'stop_app; rm -rf "$WORK"' EXIT
ensure_build
start_app "$WORK/server.log"
BASE="http://localhost:$BENCH_PORT"
JAR="$WORK/cookies"
vs=$(curl -s -c "$JAR" -b "$JAR" "$BASE/signin.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode signin=signin --data-urlencode continue= \
    --data-urlencode signin:email=admin@example.jp --data-urlencode signin:password=Banso-demo-2026 --data-urlencode signin:submit= \
    --data-urlencode "jakarta.faces.ViewState=$vs" "$BASE/signin.xhtml")
[ "$code" = 302 ] || { echo "dashboard: sign-in failed (HTTP $code)"; exit 1; }
measure() { # path count -> times in ms, one a line
    for _ in $(seq 1 "$2"); do
        curl -s -o "$WORK/page" -w '%{http_code} %{time_total}\n' -b "$JAR" "$BASE$1"
    done | awk '$1 != 200 {bad++} {printf "%.1f\n", $2 * 1000} END {if (bad) print "non-200: " bad > "/dev/stderr"}'
}
stats() { sort -n | awk '{v[NR] = $1} END {printf "median %.0f ms, p95 %.0f ms (%d requests)", v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)], NR}'; }
measure /staff/dashboard.xhtml 10 >/dev/null
measure /ping.xhtml 10 >/dev/null
grep -q 'canvas\|banso-figure' "$WORK/page" 2>/dev/null || true
d1=$(measure /staff/dashboard.xhtml 15); p1=$(measure /ping.xhtml 15); d2=$(measure /staff/dashboard.xhtml 15); p2=$(measure /ping.xhtml 15)
echo "dashboard: /staff/dashboard.xhtml (ADMIN, 100,000 applications): $(printf '%s\n%s\n' "$d1" "$d2" | stats)"
echo "dashboard: /ping.xhtml (trivial page), same run:                 $(printf '%s\n%s\n' "$p1" "$p2" | stats)"
