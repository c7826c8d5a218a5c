#!/usr/bin/env bash
# Applicant flow benchmark (issue 8): Gatling (bench/gatling, Java DSL) against the app on the
# seeded PostgreSQL database (run bench/seed.sh first): the applicant journey (sign in, open the
# form, autosave by ajax, next steps, consent upload, submit) side by side with the trivial Faces
# page /ping.xhtml of the same server, interleaved (warm-up, then trivial-1, flow-1, trivial-2,
# flow-2), 50 concurrent users, each flow user with its own account and cookies. Prints req/s of
# both, the ratio and p95 (medians of the rounds), then the server's RSS after the run.
# The load generator shares the machine's cores with the server.
# Usage: bench/applicant-flow.sh   (BENCH_USERS=50 BENCH_WARMUP=60 BENCH_PHASE=30 BENCH_ROUNDS=2;
#        BENCH_HEAP=1g the server's heap, BENCH_JVM_OPTS more JVM options, BENCH_NMT=1 with
#        BENCH_JVM_OPTS=-XX:NativeMemoryTracking=summary prints where the server's memory goes)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-flow.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
load_accounts "$WORK/accounts.csv"
echo "flow: $(( $(wc -l < "$WORK/accounts.csv") - 1 )) unused load accounts (complete drafts)"
start_app "$WORK/server.log" -Dbanso.bench.count-sql="${BENCH_COUNT_SQL:-true}" ${BENCH_JVM_OPTS:-}
echo "flow: server ready after $READY_MS ms"
(cd bench/gatling && JAVA_HOME="$JAVA_HOME" mvn -B -q gatling:test -Dbench.simulation=app.banso.bench.ApplicantFlowSimulation \
    -Dbench.url="http://localhost:$BENCH_PORT" -Dbench.accounts="$WORK/accounts.csv" -Dbench.users="${BENCH_USERS:-50}" \
    -Dbench.warmup="${BENCH_WARMUP:-60}" -Dbench.phase="${BENCH_PHASE:-30}" -Dbench.rounds="${BENCH_ROUNDS:-2}" \
    > "$WORK/gatling.log" 2>&1) || { tail -n 40 "$WORK/gatling.log"; exit 1; }
grep '^BENCH' "$WORK/gatling.log"
sql_per_request flow "$WORK/server.log" 0 '/(applicant/[a-z]+|ping|signin)\.xhtml'
[ -n "${BENCH_NMT:-}" ] && "$JAVA_HOME/bin/jcmd" "$(pgrep -g "$SERVER" java | head -n 1)" VM.native_memory summary | grep -E '^-|committed' | head -40
echo "flow: server RSS after the run $(rss_mb "$SERVER") MB (heap -Xmx${BENCH_HEAP:-1g})"
