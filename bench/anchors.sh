#!/usr/bin/env bash
# The issue's anchors on this machine (issue 8): "measured with wrk with 50 connections, server and
# load generator sharing the 2 cores: a trivial Faces page ~4,500-5,000 req/s; a PrimeFaces page with
# an in-memory 25-row p:dataTable in a form ~0.22-0.25x of that". Measures both pages of this
# application the same way: /ping.xhtml (no beans, no form, no session) and /ping-table.xhtml (25
# rows in memory, in a form). wrk keeps no cookies, so every request to the table page starts a
# session and stores its page state there, as a cookie-less load generator does to any form page.
# A warm-up of BENCH_WARMUP seconds per page, then BENCH_ROUNDS rounds of BENCH_PHASE seconds per
# page, alternating; prints the medians and the ratio. Then the same for the application's landing
# page /index.xhtml as a visitor who is not signed in reads it (the programme, the remaining places
# from the database, the header's language links): a public page that starts no session, so
# wrk's cookie-less requests are what a crowd of visitors or a crawler sends; prints its ratio
# to the trivial page and whether a visitor gets a session cookie. The node copies its sessions to the store
# after every request as a cluster's node does (BENCH_MICRO_OPTS, bench/common.sh, selects the other).
# Usage: bench/anchors.sh   (BENCH_WARMUP=20 BENCH_PHASE=20 BENCH_ROUNDS=3 BENCH_CONNECTIONS=50; BENCH_JVM_OPTS more JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
command -v wrk >/dev/null || { echo "anchors: wrk is missing (apt-get install wrk)"; exit 1; }
WORK=$(mktemp -d /tmp/banso-anchors.XXXXXX)
trap end_run EXIT
ensure_build
ensure_db
start_app "$WORK/server.log" ${BENCH_JVM_OPTS:-}
URL="http://localhost:$BENCH_PORT"
C=${BENCH_CONNECTIONS:-50}
rate() { # path seconds: requests per second, checked for errors and non-2xx answers
    local out; out=$(wrk -t2 -c"$C" -d"$2"s --timeout 10s --latency "$URL$1")
    if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then echo "anchors: errors on $1:" >&2; echo "$out" >&2; exit 1; fi
    awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}
for page in /ping.xhtml /ping-table.xhtml /index.xhtml; do rate "$page" "${BENCH_WARMUP:-20}" >/dev/null; done
t=(); p=(); l=()
for i in $(seq 1 "${BENCH_ROUNDS:-3}"); do
    t+=("$(rate /ping.xhtml "${BENCH_PHASE:-20}")"); p+=("$(rate /ping-table.xhtml "${BENCH_PHASE:-20}")")
    l+=("$(rate /index.xhtml "${BENCH_PHASE:-20}")")
    echo "anchors: round $i: trivial page ${t[-1]} req/s, table page ${p[-1]} req/s, landing page ${l[-1]} req/s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
mt=$(median "${t[@]}"); mp=$(median "${p[@]}")
awk -v t="$mt" -v p="$mp" -v c="$C" -v n="${#t[@]}" 'BEGIN {printf "BENCH anchors (wrk, %d connections, no cookies, medians of %d rounds): trivial page %.1f req/s, in-memory 25-row table page %.1f req/s, ratio %.3f (issue: ~4,500-5,000 req/s and 0.22-0.25)\n", c, n, t, p, p / t}'
ml=$(median "${l[@]}")
cookie=$(curl -s -o /dev/null -D - "$URL/index.xhtml" | grep -ci '^set-cookie: JSESSIONID' || true)
awk -v t="$mt" -v l="$ml" -v c="$C" -v n="${#t[@]}" -v k="$cookie" 'BEGIN {printf "BENCH public landing page (wrk, %d connections, no cookies, medians of %d rounds): trivial page %.1f req/s, landing page %.1f req/s, ratio %.3f; a visitor gets a session: %s\n", c, n, t, l, l / t, (k > 0 ? "yes" : "no")}'
echo "anchors: server RSS $(rss_mb "$SERVER") MB"
