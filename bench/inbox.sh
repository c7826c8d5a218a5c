#!/usr/bin/env bash
# Staff inbox benchmark (issue 8) over the seeded 100,000 applications (bench/seed.sh first):
# Gatling, 50 screeners (signed in once, own sessions) looping first page, a filter, the filter
# cleared, a sort and page 2,000, interleaved with the trivial page /ping.xhtml (as in
# bench/applicant-flow.sh). Prints req/s of both and the ratio. Then, with one user, the server
# time per inbox request (response time on loopback, no queueing) and the table scans per request
# read from PostgreSQL's statistics (pg_stat_user_tables: an upper bound of the SQL statements).
# The load generator shares the machine's cores with the server.
# Usage: bench/inbox.sh   (BENCH_USERS=50 BENCH_WARMUP=60 BENCH_PHASE=30 BENCH_ROUNDS=2)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-inbox.XXXXXX)
trap 'stop_app; rm -rf "$WORK"' EXIT
ensure_build
start_app "$WORK/server.log"
echo "inbox: server ready after $READY_MS ms"
run() { # users warmup phase rounds
    (cd bench/gatling && JAVA_HOME="$JAVA_HOME" mvn -B -q gatling:test -Dbench.simulation=app.banso.bench.InboxSimulation \
        -Dbench.url="http://localhost:$BENCH_PORT" -Dbench.users="$1" -Dbench.warmup="$2" -Dbench.phase="$3" -Dbench.rounds="$4" \
        > "$WORK/gatling.log" 2>&1) || { tail -n 40 "$WORK/gatling.log"; exit 1; }
    grep '^BENCH' "$WORK/gatling.log"
}
run "${BENCH_USERS:-50}" "${BENCH_WARMUP:-60}" "${BENCH_PHASE:-30}" "${BENCH_ROUNDS:-2}"
scans() { "${PSQL[@]}" -qAt -c "SELECT coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) FROM pg_stat_user_tables WHERE schemaname = '$BENCH_SCHEMA'"; }
sleep 11; before=$(scans)
echo "inbox: one user, no concurrency (server time per request):"
run 1 10 20 1
sleep 11; after=$(scans)
n=$(grep -E '^BENCH phase (warmup-inbox|inbox-1) ' "$WORK/gatling.log" | awk '{s += $4} END {print s}')
echo "inbox: $(( after - before )) table scans in PostgreSQL for $n inbox requests (plus 1 sign-in):" \
     "$(awk -v a=$(( after - before )) -v n="$n" 'BEGIN {printf "%.1f", a / n}') per request (>= SQL statements per request)"
