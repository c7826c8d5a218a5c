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
measure_admin_page /staff/cases.xhtml cases "SELECT count(*) || ' support cases' FROM $BENCH_SCHEMA.support_case"
