#!/usr/bin/env bash
# Startup benchmark (issue 8): ready time of the application (WAR on Payara Micro, PostgreSQL,
# seeded database: Flyway validates, the demo data is checked) against a bare Payara Micro
# (nothing deployed) in the same run, alternating, twice each; prints both medians and the ratio.
# "Ready" = launch until the first HTTP answer (the sign-in page for the app, any answer for the
# bare server).
# Then the same with the JDK's ahead-of-time cache (JDK 25, JEP 483/514/515; README, Operations):
# Payara Micro started from a launcher (--outputlauncher) so that its jars are on the class path,
# one training run each (the cache is written when the JVM exits), then two starts each with
# its own cache. BENCH_AOT=0 skips this part.
# Usage: bench/startup.sh   (BENCH_PORT=18580, BENCH_AOT=1)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
WORK=$(mktemp -d /tmp/banso-startup.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
bare() { # [JVM options...]
    local t0; t0=$(date +%s%N)
    setsid "$JAVA" -Xmx"${BENCH_HEAP:-1g}" -Dhazelcast.phone.home.enabled=false "$@" -jar "$MICRO" --port "$BENCH_PORT" --nocluster --disablephonehome >"$WORK/bare.log" 2>&1 &
    SERVER=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$BENCH_PORT/")" != 000 ]; do sleep 0.2; done
    READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
b=(); a=()
for i in 1 2; do
    bare; b+=("$READY_MS"); stop_app
    start_app "$WORK/app.log"; a+=("$READY_MS"); stop_app
    echo "startup: round $i: bare Payara Micro ${b[-1]} ms, application ${a[-1]} ms"
done
mb=$(( (b[0] + b[1]) / 2 )); ma=$(( (a[0] + a[1]) / 2 ))
echo "startup: bare Payara Micro $mb ms, application $ma ms (medians of 2), ratio $(ratio "$ma" "$mb")"

[ "${BENCH_AOT:-1}" = 1 ] || exit 0
# A launcher directory made once and copied afresh before every start: a --rootdir keeps what was
# deployed in it, so a second start from the same directory would deploy the WAR twice. The copy
# keeps the jars' paths and times, which the cache checks.
"$JAVA" -jar "$MICRO" --rootdir "$WORK/launcher" --outputlauncher >"$WORK/launcher.log" 2>&1
fresh() { rm -rf "$WORK/root" && cp -a "$WORK/launcher" "$WORK/root"; }
LAUNCHER="$WORK/root/launch-micro.jar"
train() { # the server is up: let it serve the pages a user opens first, then stop it (the JVM writes the cache)
    for _ in $(seq 20); do
        curl -s -o /dev/null "http://localhost:$BENCH_PORT/"; curl -s -o /dev/null "http://localhost:$BENCH_PORT/signin.xhtml"
    done
    stop_app
}
fresh; MICRO="$LAUNCHER" bare -XX:AOTCacheOutput="$WORK/bare.aot"; echo "startup: AOT training run of the bare server ready in $READY_MS ms"; train
fresh; MICRO="$LAUNCHER" start_app "$WORK/app.log" -XX:AOTCacheOutput="$WORK/app.aot"; echo "startup: AOT training run of the application ready in $READY_MS ms"; train
[ -s "$WORK/bare.aot" ] && [ -s "$WORK/app.aot" ] || { echo "startup: the JVM wrote no AOT cache"; exit 1; }
echo "startup: AOT caches: bare $(( $(stat -c %s "$WORK/bare.aot") >> 20 )) MB, application $(( $(stat -c %s "$WORK/app.aot") >> 20 )) MB"
b=(); a=()
for i in 1 2; do
    fresh; MICRO="$LAUNCHER" bare -XX:AOTCache="$WORK/bare.aot"; b+=("$READY_MS"); stop_app
    fresh; MICRO="$LAUNCHER" start_app "$WORK/app.log" -XX:AOTCache="$WORK/app.aot"; a+=("$READY_MS"); stop_app
    grep -q "Portable JNDI names for EJB AccountService" "$WORK/app.log" || { echo "startup: the application was not deployed"; exit 1; }
    echo "startup: with AOT caches, round $i: bare Payara Micro ${b[-1]} ms, application ${a[-1]} ms"
done
mab=$(( (b[0] + b[1]) / 2 )); maa=$(( (a[0] + a[1]) / 2 ))
echo "startup: with AOT caches: bare Payara Micro $mab ms, application $maa ms (medians of 2), ratio $(ratio "$maa" "$mab")"
echo "startup: the application's start with its AOT cache ÷ without: $(ratio "$maa" "$ma"); the bare server's: $(ratio "$mab" "$mb")"
