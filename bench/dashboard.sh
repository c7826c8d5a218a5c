#!/usr/bin/env bash
# Dashboard benchmark (issue 8): /staff/dashboard.xhtml as ADMIN over the seeded 100,000
# applications (bench/seed.sh first). One user, no concurrency, so the response time on loopback
# is the server time: warm-up 60 s (BENCH_WARMUP), then two rounds of 30 (bench/dashboard.py); prints the
# median and p95, with the trivial page /ping.xhtml measured alternately in the same run.
# Usage: bench/dashboard.sh   (BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-dash.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
start_app "$WORK/server.log"
python3 bench/dashboard.py "http://localhost:$BENCH_PORT"
