#!/usr/bin/env bash
# Scale-out check (issue 8): two Payara Micro nodes in one Payara Data Grid (Hazelcast, discovery
# by TCP/IP on loopback only) behind HAProxy on loopback, sharing one PostgreSQL schema.
#  1. Daily jobs: both nodes run the daily jobs every 5 s (banso.jobs.at=*:*:*/5) and race for
#     the day's claim in job_run; after today's claims are reset (and two applications made
#     overdue), exactly one node must claim and run each job, the other must find it claimed, and
#     each recipient must get one overdue e-mail, not two.
#  1b. Ended sessions: the demo coordinator signs in on n2, then changes the password on n1; n2
#     must end its session within its check period (banso.sessions.check-seconds=2 here).
#  2. Failover: an applicant signs in through the balancer, opens the form and autosaves a field;
#     the node that served the autosave is killed with SIGKILL; the applicant's next request (a
#     step change) must be answered by the other node in the same session with the same view state
#     (not the sign-in page, not the expired-page), and step 1 must show the autosaved value.
# Prints PASS or FAIL with the figures; exits non-zero on failure. Bounded: 300 s after the build
# (FAILOVER_LIMIT). Loopback only. Needs haproxy (apt-get install haproxy) and PostgreSQL on
# 127.0.0.1:5432 (user postgres); uses the schema banso_cluster of the database banso_test
# (dropped and re-created). Builds web/target if needed (mvn package, never install).
# Usage: bench/cluster-failover.sh   (FAILOVER_HTTP1=18481 FAILOVER_HTTP2=18482 FAILOVER_LB=18490
#        FAILOVER_HZ1=5901 FAILOVER_HZ2=5902 FAILOVER_SCHEMA=banso_cluster FAILOVER_LIMIT=300)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
HTTP1="${FAILOVER_HTTP1:-18481}"
HTTP2="${FAILOVER_HTTP2:-18482}"
LB="${FAILOVER_LB:-18490}"
HZ1="${FAILOVER_HZ1:-5901}"
HZ2="${FAILOVER_HZ2:-5902}"
SCHEMA="${FAILOVER_SCHEMA:-banso_cluster}"
LIMIT="${FAILOVER_LIMIT:-300}"
DB=banso_test
WAR=web/target/banso.war
MICRO=web/target/payara-micro.jar
DRIVER_CP=web/target/test-classes
export PGOPTIONS='-c client_min_messages=warning'
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -v ON_ERROR_STOP=1)

command -v haproxy >/dev/null || { echo "cluster failover: haproxy is missing (apt-get install haproxy)"; exit 1; }
pg_isready -h 127.0.0.1 -p 5432 -q || { echo "cluster failover: PostgreSQL is not running on 127.0.0.1:5432"; exit 1; }
for port in "$HTTP1" "$HTTP2" "$LB" "$HZ1" "$HZ2"; do
    if [ -n "$(ss -Hltn "sport = :$port")" ]; then echo "cluster failover: port $port is in use"; exit 1; fi
done
if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] || [ ! -f "$DRIVER_CP/app/banso/web/it/FailoverDriver.class" ]; then
    JAVA_HOME="$JAVA_HOME" mvn -B -q -o package -DskipTests -Dspotbugs.skip
fi

WORK=$(mktemp -d /tmp/banso-failover.XXXXXX)
declare -A PID=()
HAPROXY=""
cleanup() {
    for n in "${!PID[@]}"; do kill -9 -- -"${PID[$n]}" 2>/dev/null || true; wait "${PID[$n]}" 2>/dev/null || true; done
    [ -n "$HAPROXY" ] && { kill "$HAPROXY" 2>/dev/null || true; wait "$HAPROXY" 2>/dev/null || true; }
    if [ -n "${FAILOVER_KEEP:-}" ]; then echo "cluster failover: logs kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
t0=$(date +%s)
deadline=$(( t0 + LIMIT ))
left() { echo $(( deadline - $(date +%s) )); }
fail() {
    echo "cluster failover: FAIL: $*"
    [ -f "$WORK/ready.log" ] && { echo "--- last readiness probes (time, node, HTTP status, seconds)"; tail -n 6 "$WORK/ready.log"; }
    for n in n1 n2; do [ -f "$WORK/$n.log" ] && { echo "--- last lines of $n's log"; grep -v '^\s*at ' "$WORK/$n.log" | tail -n 25; }; done
    echo "cluster failover FAILED after $(( $(date +%s) - t0 )) s"
    exit 1
}

[ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" = 1 ] \
    || psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $DB"
# A fresh schema; both nodes then migrate it at once (Flyway serialises them with a lock).
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" -c "CREATE SCHEMA $SCHEMA" >/dev/null

start_node() { # name, HTTP port, Data Grid port, extra system properties
    mkdir -p "$WORK/$1.tmp"
    setsid "$JAVA" -Xmx640m -Djava.io.tmpdir="$WORK/$1.tmp" \
        -Dbanso.db.url="jdbc:postgresql://127.0.0.1:5432/$DB" -Dbanso.db.user=postgres -Dbanso.db.schema="$SCHEMA" \
        -Dbanso.public.url="http://localhost:$LB" -Dbanso.trusted-proxies=127.0.0.1 -Dbanso.jobs.at='*:*:*/5' -Dbanso.sessions.check-seconds=2 -Dhazelcast.phone.home.enabled=false $4 \
        -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$2" --name "$1" --disablephonehome --postbootcommandfile web/src/main/payara/cluster-node.asadmin \
        --clustername banso-failover --clustermode "tcpip:127.0.0.1:$HZ1,127.0.0.1:$HZ2" --startport "$3" \
        --interfaces 127.0.0.1 --nohostaware >"$WORK/$1.log" 2>&1 &
    PID[$1]=$!
}
# The application's own sign-in page answers (Micro says "ready" even when the deployment failed).
# The page is read whole before grep looks at it: with pipefail, `curl | grep -q` fails at random
# (grep stops early, curl dies of SIGPIPE), which once kept a started node "not ready" for 5 min.
ready() { # name, HTTP port
    local body code
    body=$(curl -s -m 10 -o - -w '\n%{http_code} %{time_total}' "http://127.0.0.1:$2/signin.xhtml" 2>/dev/null || true)
    code=$(tail -n 1 <<<"$body")
    echo "$(date +%T) $1 $code" >>"$WORK/ready.log"
    grep -q 'signin:email' <<<"$body"
}

# Only the first node creates the demo users; the second finds them in the shared database.
start_node n1 "$HTTP1" "$HZ1" "-Dbanso.demo.enabled=true"
start_node n2 "$HTTP2" "$HZ2" "-Dbanso.demo.enabled=false"
up1=""; up2=""
while [ -z "$up1" ] || [ -z "$up2" ]; do
    [ "$(left)" -gt 0 ] || fail "the nodes did not start in time"
    for n in n1 n2; do kill -0 "${PID[$n]}" 2>/dev/null || fail "node $n exited"; done
    [ -z "$up1" ] && ready n1 "$HTTP1" && up1=$(( $(date +%s) - t0 ))
    [ -z "$up2" ] && ready n2 "$HTTP2" && up2=$(( $(date +%s) - t0 ))
    sleep 1
done
grep -hq "DG Name: banso-failover DG Size: 2" "$WORK/n1.log" "$WORK/n2.log" || fail "the nodes did not form one Data Grid"
# cluster-node.asadmin: the MicroProfile endpoints next to the application are off.
for p in metrics openapi; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP1/$p")
    [ "$code" != 200 ] || fail "n1 serves /$p to anyone (HTTP $code)"
done
echo "cluster failover: n1 ready after ${up1} s, n2 after ${up2} s, one Data Grid of 2 members (Hazelcast on 127.0.0.1:$HZ1,$HZ2)"

cat >"$WORK/haproxy.cfg" <<EOF
global
    maxconn 500
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 2
    option redispatch
frontend banso
    bind 127.0.0.1:$LB
    default_backend nodes
backend nodes
    balance roundrobin
    cookie JSESSIONID prefix nocache
    option httpchk GET /ping.xhtml
    http-response set-header X-Banso-Node %s
    server n1 127.0.0.1:$HTTP1 cookie n1 check inter 1s fall 2 rise 1
    server n2 127.0.0.1:$HTTP2 cookie n2 check inter 1s fall 2 rise 1
EOF
haproxy -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
HAPROXY=$!
seen=""
for _ in $(seq 1 30); do
    node=$(curl -s -m 5 -o /dev/null -D - "http://127.0.0.1:$LB/signin.xhtml" 2>/dev/null | tr -d '\r' | awk -F': ' 'tolower($1) == "x-banso-node" {print $2}' || true)
    [ -n "$node" ] && case " $seen " in *" $node "*) ;; *) seen="$seen $node" ;; esac
    [ "$(wc -w <<<"$seen")" = 2 ] && break
    sleep 0.5
done
[ "$(wc -w <<<"$seen")" = 2 ] || fail "HAProxy on 127.0.0.1:$LB does not reach both nodes (seen:$seen)"
echo "cluster failover: HAProxy on 127.0.0.1:$LB, new sessions round robin, then sticky (JSESSIONID prefix), both nodes in rotation"

# 1. The daily jobs, once per cluster.
today=$("${PSQL[@]}" -c "SELECT (now() AT TIME ZONE 'Asia/Tokyo')::date")
m1=$(wc -l <"$WORK/n1.log"); m2=$(wc -l <"$WORK/n2.log")
"${PSQL[@]}" >/dev/null <<SQL
SET search_path TO $SCHEMA;
BEGIN;
UPDATE application SET completed_at = completed_at - interval '30 days'
    WHERE status IN ('COMPLETE', 'DOCUMENT_SCREENING') AND completed_at IS NOT NULL;
DELETE FROM job_run WHERE run_date = '$today';
COMMIT;
SQL
overdue_apps=$("${PSQL[@]}" -c "SET search_path TO $SCHEMA" -c "SELECT count(*) FROM application WHERE status IN ('COMPLETE', 'DOCUMENT_SCREENING') AND completed_at < now() - interval '15 days'")
since() { tail -n +"$(( $2 + 1 ))" "$WORK/$1.log"; } # a node's log after the mark
attempts() { since "$1" "$2" | grep -c "Daily job overdue-mail for $today" || true; }
claimed() { since "$1" "$2" | grep -c "Daily job overdue-mail for $today claimed" || true; }
job_done() { "${PSQL[@]}" -c "SET search_path TO $SCHEMA" -c "SELECT count(*) FROM job_run WHERE run_date = '$today' AND job_name = 'overdue-mail' AND result IS NOT NULL"; }
while :; do
    [ "$(left)" -gt 0 ] || fail "the daily jobs did not run on both nodes in time (attempts n1 $(attempts n1 "$m1"), n2 $(attempts n2 "$m2"))"
    [ "$(attempts n1 "$m1")" -ge 2 ] && [ "$(attempts n2 "$m2")" -ge 2 ] && [ "$(job_done)" = 1 ] && break
    sleep 1
done
c1=$(claimed n1 "$m1"); c2=$(claimed n2 "$m2")
claims=$(( c1 + c2 ))
claimed_by=$([ "$c1" -gt 0 ] && echo n1; [ "$c2" -gt 0 ] && echo n2; true)
JOBS=$("${PSQL[@]}" -F' ' <<SQL
SET search_path TO $SCHEMA;
SELECT 'jobs', count(DISTINCT job_name), count(*) FROM job_run WHERE run_date = '$today';
SELECT 'mails', count(DISTINCT recipient), count(*) FROM mail_message WHERE dedup_key LIKE 'overdue:$today:%';
SQL
)
read -r _ jobs job_rows <<<"$(grep '^jobs' <<<"$JOBS")"
read -r _ recipients mails <<<"$(grep '^mails' <<<"$JOBS")"
echo "cluster failover: daily jobs every 5 s on both nodes; after the reset the overdue-mail job was attempted" \
     "$(attempts n1 "$m1") times on n1 and $(attempts n2 "$m2") times on n2, claimed $claims time(s) (by $(echo $claimed_by));" \
     "job_run today: $job_rows row(s) for $jobs job(s); $overdue_apps overdue applications -> $mails overdue e-mail(s) to $recipients recipient(s)"
[ "$claims" = 1 ] || fail "the overdue-mail job was claimed $claims times, not once"
[ "$jobs" = "$job_rows" ] || fail "a daily job has more than one job_run row for today"
[ "$recipients" -ge 1 ] || fail "no overdue e-mail was queued"
[ "$mails" = "$recipients" ] || fail "$mails overdue e-mails for $recipients recipients: someone got two"

# 1b. A password changed on one node ends the account's session on the other.
"$JAVA" -cp "$DRIVER_CP" app.banso.web.it.FailoverDriver ended-sessions "$HTTP1" "$HTTP2" \
    | sed 's/^driver:/cluster failover:/' | tee "$WORK/ended.log" || true
grep -q "was sent to sign in" "$WORK/ended.log" || fail "the session on the other node was not ended"

# 2. Failover in the middle of the form.
STATE="$WORK/driver.properties"
"$JAVA" -Dit.http.port="$LB" -cp "$DRIVER_CP" app.banso.web.it.FailoverDriver autosave "$STATE" || fail "the applicant could not autosave through the balancer"
victim=$(awk -F= '$1 == "node" {print $2}' "$STATE")
[ -n "${PID[$victim]:-}" ] || fail "unknown node '$victim' served the autosave"
kill -9 -- -"${PID[$victim]}"
wait "${PID[$victim]}" 2>/dev/null || true
unset "PID[$victim]"
echo "cluster failover: kill -9 of $victim, which served the autosave"
"$JAVA" -Dit.http.port="$LB" -cp "$DRIVER_CP" app.banso.web.it.FailoverDriver continue "$STATE" || fail "the applicant's session did not survive the loss of $victim"
value=$(cat "$STATE.value")
in_db=$("${PSQL[@]}" -c "SET search_path TO $SCHEMA" -c "SELECT a.legal_name_ja FROM application a JOIN user_account u ON u.id = a.owner_account_id WHERE u.email = 'applicant@example.jp'")
[ "$in_db" = "$value" ] || fail "the database holds '$in_db', not the autosaved '$value'"
echo "cluster failover: the draft in the database holds the autosaved company name ($in_db)"
echo "cluster failover: PASS in $(( $(date +%s) - t0 )) s"
