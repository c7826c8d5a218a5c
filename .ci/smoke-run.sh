#!/usr/bin/env bash
# Smoke test of the README's run command: start the app on Payara Micro with the embedded H2
# database and demo data, fetch the landing and sign-in pages, print the startup time and the
# memory (RSS) of the running server, stop it. Bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
DATA=$(mktemp -d /tmp/banso-smoke.XXXXXX)
LOG=$(mktemp /tmp/banso-smoke-log.XXXXXX)
# The run command from the README, with a throw-away data directory.
setsid mvn -B -Prun -DskipTests -pl web -am package -Drun.data.dir="$DATA" >"$LOG" 2>&1 &
PID=$!
cleanup() { kill -- -"$PID" 2>/dev/null || true; sleep 2; kill -9 -- -"$PID" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

deadline=$(( $(date +%s) + 420 ))
# The page is read whole before grep looks at it: with pipefail, `curl | grep -q` fails at random
# when grep stops reading early and curl dies of SIGPIPE.
until grep -q 'id="remainingPlaces"' <<<"$(curl -sf http://localhost:8080/ 2>/dev/null || true)"; do
    if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$PID" 2>/dev/null; then
        echo "SMOKE FAILED: the landing page did not come up"; tail -n 60 "$LOG"; exit 1
    fi
    sleep 2
done
signin=$(curl -s -w '\nHTTP %{http_code}' http://localhost:8080/signin.xhtml || true)
if ! grep -q 'id="signin:email"' <<<"$signin"; then
    echo "SMOKE FAILED: no sign-in page"; tail -n 5 <<<"$signin"; tail -n 80 "$LOG"; exit 1
fi
for p in metrics openapi; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:8080/$p")
    [ "$code" != 200 ] || { echo "SMOKE FAILED: /$p is served to anyone (HTTP $code)"; exit 1; }
done
ready=$(grep -o 'ready in [0-9,]* (ms)' "$LOG" | tail -1 || true)
micro=$(pgrep -f 'payara-micro.jar --deploy' | head -1 || true)
rss=$( [ -n "$micro" ] && ps -o rss= -p "$micro" | awk '{printf "%.0f MB", $1/1024}' || echo "?")
echo "SMOKE passed: landing and sign-in pages answer; Payara Micro ${ready:-ready}; RSS ${rss}"
