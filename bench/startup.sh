#!/usr/bin/env bash
# Startup benchmark (issue 8): ready time of the application (WAR on Payara Micro, PostgreSQL,
# seeded database: Flyway validates, the demo data is checked) against a bare Payara Micro
# (nothing deployed) in the same run, alternating, twice each; prints both medians and the ratio.
# "Ready" = launch until the first HTTP answer (the sign-in page for the app, any answer for the
# bare server). Usage: bench/startup.sh   (BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-startup.XXXXXX)
trap 'stop_app; rm -rf "$WORK"' EXIT
ensure_build
bare() {
    local t0; t0=$(date +%s%N)
    setsid "$JAVA" -Xmx"${BENCH_HEAP:-1g}" -Dhazelcast.phone.home.enabled=false -jar "$MICRO" --port "$BENCH_PORT" --nocluster --disablephonehome >"$WORK/bare.log" 2>&1 &
    SERVER=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$BENCH_PORT/")" != 000 ]; do sleep 0.2; done
    READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
b=(); a=()
for i in 1 2; do
    bare; b+=("$READY_MS"); stop_app
    start_app "$WORK/app.log"; a+=("$READY_MS"); stop_app
    echo "startup: round $i: bare Payara Micro ${b[-1]} ms, application ${a[-1]} ms"
done
mb=$(( (b[0] + b[1]) / 2 )); ma=$(( (a[0] + a[1]) / 2 ))
echo "startup: bare Payara Micro $mb ms, application $ma ms (medians of 2), ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
