#!/usr/bin/env bash
# Crash test (issue 6, reliability): the app on PostgreSQL, N applicants finishing their
# application concurrently over HTTP (consent upload + submit, see CrashDriver), the server
# killed with SIGKILL at random moments several times and restarted, then SQL checks: no
# application COMPLETE without its consent file, no duplicate application, no acknowledged
# submission lost, one receipt e-mail in the outbox per submitted application. Prints figures;
# exits non-zero on any inconsistency. Needs the test command's build (web/target).
# Usage: .ci/crash-test.sh   (CRASH_APPLICANTS=200 CRASH_KILLS=3 CRASH_PORT=18090)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
N="${CRASH_APPLICANTS:-200}"
KILLS="${CRASH_KILLS:-3}"
PORT="${CRASH_PORT:-18090}"
SCHEMA=banso_crash
DB=banso_test   # the test database (created here if missing)
WAR=web/target/banso.war
MICRO=web/target/payara-micro.jar
WORK=$(mktemp -d /tmp/banso-crash.XXXXXX)
LOG="$WORK/server.log"
ACKS="$WORK/acknowledged.txt"
: > "$ACKS"
[ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 1 ] \
    || psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $DB"

if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ ! -f web/target/test-classes/app/banso/web/it/CrashDriver.class ]; then
    JAVA_HOME="$JAVA_HOME" mvn -B -q -o package -DskipTests -Dspotbugs.skip -pl web -am
fi
# The class path in the reactor (compile is up to date after the build; the modules resolve to their
# target/classes): the test command (mvn verify) installs nothing, so on a fresh machine the
# modules are not in the local repository and -pl web alone cannot resolve them.
JAVA_HOME="$JAVA_HOME" mvn -B -q -o compile dependency:build-classpath -pl web -am -Dspotbugs.skip -Dmdep.includeScope=test \
    -Dmdep.outputFile="$WORK/cp.txt" >"$WORK/classpath.log" 2>&1 || { echo "crash test: no class path for the driver"; tail -n 20 "$WORK/classpath.log"; exit 1; }
CP="web/target/test-classes:$(cat "$WORK/cp.txt")"

SERVER=""
stop_server() { [ -n "$SERVER" ] && { kill -9 -- -"$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }; SERVER=""; }
cleanup() { stop_server; kill "${DRIVER:-0}" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

start_server() { # $1: extra system properties
    setsid "$JAVA" -Xmx1g -Dbanso.db.url=jdbc:postgresql://127.0.0.1:5432/$DB -Dbanso.db.user=postgres \
        -Dbanso.db.schema=$SCHEMA -Dbanso.demo.enabled=true -Dbanso.demo.draft-applicants="$N" \
        -Dbanso.public.url=http://localhost:$PORT -Dhazelcast.phone.home.enabled=false $1 \
        -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome >>"$LOG" 2>&1 &
    SERVER=$!
    local deadline=$(( $(date +%s) + 240 ))
    until curl -s -o /dev/null -f "http://localhost:$PORT/signin.xhtml"; do
        if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$SERVER" 2>/dev/null; then
            echo "crash test: the server did not start"; tail -n 60 "$LOG"; exit 1
        fi
        sleep 1
    done
}

pg_isready -h 127.0.0.1 -p 5432 -q
t0=$(date +%s)
start_server "-Dbanso.db.clean=true"
echo "crash test: server up on PostgreSQL schema $SCHEMA with $N draft applicants after $(( $(date +%s) - t0 )) s"

"$JAVA" -Dit.http.port="$PORT" -cp "$CP" app.banso.web.it.CrashDriver "$N" 8 420 "$ACKS" > "$WORK/driver.log" 2>&1 &
DRIVER=$!
for k in $(seq 1 "$KILLS"); do
    sleep $(( 6 + RANDOM % 10 ))
    before=$(sort -u "$ACKS" | grep -c . || true)
    stop_server
    echo "crash test: kill -9 number $k, with $before submissions acknowledged so far"
    start_server ""
done
wait "$DRIVER" || { echo "crash test: the driver did not finish"; cat "$WORK/driver.log"; exit 1; }
cat "$WORK/driver.log"
stop_server

SQL=$(psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -v ON_ERROR_STOP=1 <<SQLEOF
SET search_path TO $SCHEMA;
CREATE TEMP TABLE acked (email VARCHAR(254));
\copy acked FROM '$ACKS'
SELECT 'acknowledged', count(DISTINCT email) FROM acked;
SELECT 'complete', count(*) FROM application a JOIN user_account u ON u.id = a.owner_account_id
    WHERE u.email LIKE 'draft-%' AND a.status = 'COMPLETE';
SELECT 'lost', count(DISTINCT k.email) FROM acked k JOIN user_account u ON u.email = k.email
    LEFT JOIN application a ON a.owner_account_id = u.id WHERE a.id IS NULL OR a.status <> 'COMPLETE';
SELECT 'duplicated', (SELECT count(*) FROM (SELECT 1 FROM application GROUP BY programme_id, owner_account_id HAVING count(*) > 1) d)
    + (SELECT count(*) FROM (SELECT 1 FROM application WHERE corporate_number IS NOT NULL GROUP BY programme_id, corporate_number HAVING count(*) > 1) d);
SELECT 'complete_without_consent', count(*) FROM application a WHERE a.status = 'COMPLETE'
    AND (NOT EXISTS (SELECT 1 FROM consent_document d WHERE d.application_id = a.id)
         OR NOT EXISTS (SELECT 1 FROM consent_content c WHERE c.application_id = a.id));
SELECT 'outbox_inconsistent', count(*) FROM application a WHERE a.status IN ('SUBMITTED', 'COMPLETE')
    AND (SELECT count(*) FROM mail_message m WHERE m.dedup_key = 'receipt:' || a.id) <> 1;
SELECT 'receipt_without_submission', count(*) FROM mail_message m WHERE m.dedup_key LIKE 'receipt:%'
    AND NOT EXISTS (SELECT 1 FROM application a WHERE m.dedup_key = 'receipt:' || a.id AND a.status <> 'DRAFT');
SQLEOF
)
value() { awk -F'|' -v k="$1" '$1 == k {print $2}' <<<"$SQL"; }
echo "crash test: $N applicants, $KILLS kills -9; acknowledged $(value acknowledged), COMPLETE $(value complete);" \
     "lost $(value lost), duplicated $(value duplicated), COMPLETE without consent $(value complete_without_consent)," \
     "outbox inconsistent $(value outbox_inconsistent) (+ $(value receipt_without_submission) receipts without a submission);" \
     "$(( $(date +%s) - t0 )) s"
[ "$(value lost)" = 0 ] && [ "$(value duplicated)" = 0 ] && [ "$(value complete_without_consent)" = 0 ] \
    && [ "$(value outbox_inconsistent)" = 0 ] && [ "$(value receipt_without_submission)" = 0 ] \
    && [ "$(value acknowledged)" -gt 0 ] || { echo "crash test FAILED"; exit 1; }
echo "crash test OK"
