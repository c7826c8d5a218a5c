#!/usr/bin/env bash
# Surveys page benchmark: /admin/surveys.xhtml as ADMIN over the seeded three surveys, each sent to
# the ~1,800 companies in support (bench/seed.sh first), one user, as bench/cases.sh measures the
# cases list (warm-up BENCH_WARMUP s, default 60, then two rounds of 30 against the trivial page),
# plus the SQL statements per request counted at the JDBC driver. Before the page was paged
# (twenty-third session) it read and rendered every company's copy of every survey.
# Usage: bench/surveys.sh   (BENCH_PORT=18580, BENCH_WAR to measure another build)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
measure_admin_page /admin/surveys.xhtml surveys "SELECT count(DISTINCT survey_id) || ' surveys, ' || count(*) || ' companies'' copies' FROM $BENCH_SCHEMA.survey_recipient"
