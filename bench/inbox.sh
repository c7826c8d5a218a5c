#!/usr/bin/env bash
# Staff inbox benchmark (issue 8) over the seeded 100,000 applications (bench/seed.sh first):
# Gatling, 50 screeners (signed in once, own sessions) looping first page, a filter, the filter
# cleared, a sort and page 2,000, interleaved with the trivial page /ping.xhtml (as in
# bench/applicant-flow.sh) and the issue's in-memory 25-row table page /ping-table.xhtml (opened
# with the same screeners' sessions). Prints req/s of each and the ratios: inbox and table page to
# the trivial page, inbox to the table page. Then, with one user, the server
# time per inbox request (response time on loopback, no queueing) and the SQL statements per
# request, counted at the JDBC driver (banso.bench.count-sql=true: the server logs a BENCH-SQL line
# per page request; the count includes every statement the request sent, whatever sent it).
# The load generator shares the machine's cores with the server.
# Usage: bench/inbox.sh   (BENCH_USERS=50 BENCH_WARMUP=60 BENCH_PHASE=30 BENCH_ROUNDS=2;
#        BENCH_USERS=0 skips the concurrent run and measures one user only; BENCH_JVM_OPTS more JVM options;
#        BENCH_KEEP=1 keeps the logs)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-inbox.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
start_app "$WORK/server.log" -Dbanso.bench.count-sql="${BENCH_COUNT_SQL:-true}" ${BENCH_JVM_OPTS:-}
echo "inbox: server ready after $READY_MS ms"
run() { # users warmup phase rounds
    (cd bench/gatling && JAVA_HOME="$JAVA_HOME" mvn -B -q gatling:test -Dbench.simulation=app.banso.bench.InboxSimulation \
        -Dbench.url="http://localhost:$BENCH_PORT" -Dbench.users="$1" -Dbench.warmup="$2" -Dbench.phase="$3" -Dbench.rounds="$4" \
        > "$WORK/gatling.log" 2>&1) || { tail -n 40 "$WORK/gatling.log"; exit 1; }
    grep '^BENCH' "$WORK/gatling.log"
}
[ "${BENCH_USERS:-50}" = 0 ] || run "${BENCH_USERS:-50}" "${BENCH_WARMUP:-60}" "${BENCH_PHASE:-30}" "${BENCH_ROUNDS:-2}"
mark=$(wc -l <"$WORK/server.log")
echo "inbox: one user, no concurrency (server time per request; two rounds, medians):"
# The concurrent run above has warmed the server up; alone, the one-user run warms up for BENCH_WARMUP.
run 1 "$([ "${BENCH_USERS:-50}" = 0 ] && echo "${BENCH_WARMUP:-60}" || echo 10)" 20 2
sql_per_request inbox "$WORK/server.log" "$mark" '/staff/inbox.xhtml'
