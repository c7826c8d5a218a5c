#!/usr/bin/env bash
# Data generator (issue 8): recreates schema $BENCH_SCHEMA (default banso) in PostgreSQL database
# $BENCH_DB (default banso_bench), lets the application's Flyway create it and the demo data
# fill it (one start of the WAR), then seeds 100,000 applications and 2,000 support cases with
# bench/seed.sql (set-based, seeded random: the same data on every run) and prints the counts.
# Usage: bench/seed.sh     (BENCH_DB, BENCH_SCHEMA, BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-seed.XXXXXX)
trap end_run EXIT
ensure_build
ensure_db
t0=$(date +%s)
"${PSQL[@]}" -q -c "DROP SCHEMA IF EXISTS $BENCH_SCHEMA CASCADE"
start_app "$WORK/server.log"
stop_app
echo "seed: schema $BENCH_SCHEMA created by Flyway with the demo data in $(( $(date +%s) - t0 )) s"
t1=$(date +%s)
"${PSQL[@]}" -q -v schema="$BENCH_SCHEMA" -f bench/seed.sql
echo "seed: seeded in $(( $(date +%s) - t1 )) s (database $BENCH_DB, schema $BENCH_SCHEMA)"
