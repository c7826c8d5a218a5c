#!/usr/bin/env bash
# Support cases list benchmark: /staff/cases.xhtml as ADMIN over the seeded 2,000 support cases
# (bench/seed.sh first), one user, as bench/dashboard.sh measures the dashboard (warm-up
# BENCH_WARMUP s, default 60, then two rounds of 30 against the trivial page), plus the SQL
# statements per request counted at the JDBC driver. Before the list was paged (twenty-second
# session) one request ran 16,009 statements and took 39-75 s.
# Usage: bench/cases.sh   (BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-cases.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
start_app "$WORK/server.log" -Dbanso.bench.count-sql=true
python3 bench/dashboard.py "http://localhost:$BENCH_PORT" /staff/cases.xhtml cases "ADMIN, $("${PSQL[@]}" -qAt -c "SELECT count(*) FROM $BENCH_SCHEMA.support_case") support cases"
sql_per_request cases "$WORK/server.log" 0 '/staff/cases\.xhtml'
