# Shared by the bench/ scripts: JDK, build, starting and stopping Payara Micro on PostgreSQL.
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
BENCH_DB="${BENCH_DB:-banso_bench}"
BENCH_SCHEMA="${BENCH_SCHEMA:-banso}"
BENCH_PORT="${BENCH_PORT:-18580}"
# More Payara Micro options. By default the node runs with the post-boot commands of a cluster's
# node (web/src/main/payara/cluster-node.asadmin) and copies its sessions to the store after
# every request, as the nodes of a cluster do (the figures of bench/RESULTS.md);
# BENCH_MICRO_OPTS="--postbootcommandfile web/src/main/payara/single-node.asadmin" measures a node
# that runs alone and keeps its sessions in memory only (the one-command run does).
BENCH_MICRO_OPTS="${BENCH_MICRO_OPTS:---postbootcommandfile web/src/main/payara/cluster-node.asadmin}"
WAR=${BENCH_WAR:-web/target/banso.war}
MICRO=web/target/payara-micro.jar
PSQL=(psql -h 127.0.0.1 -U postgres -d "$BENCH_DB" -v ON_ERROR_STOP=1)

ensure_build() {
    if [ ! -f "$WAR" ] || [ ! -f "$MICRO" ]; then
        JAVA_HOME="$JAVA_HOME" mvn -B -q -o package -DskipTests -Dspotbugs.skip -pl web -am
    fi
}

ensure_db() {
    [ "$(psql -h 127.0.0.1 -U postgres -d postgres -qAt -c "SELECT count(*) FROM pg_database WHERE datname = '$BENCH_DB'")" = 1 ] \
        || psql -h 127.0.0.1 -U postgres -d postgres -q -c "CREATE DATABASE $BENCH_DB"
}

# require_seeded: stops the script with a clear message unless bench/seed.sh has filled the
# bench database (the figures are measured over its 100,000 applications).
require_seeded() {
    local n
    n=$(psql -h 127.0.0.1 -U postgres -d "$BENCH_DB" -qAt -c "SELECT count(*) FROM $BENCH_SCHEMA.application" 2>/dev/null) || n=0
    if [ "${n:-0}" -lt 100000 ]; then
        echo "bench: database $BENCH_DB (schema $BENCH_SCHEMA) holds ${n:-0} applications, not the seeded 100,000: run bench/seed.sh first (about 3 minutes)"
        exit 1
    fi
}

# launch_micro WAR PORT LOG [extra JVM options...]: the WAR on Payara Micro against the bench
# database, in its own process group (sets STARTED); does not wait.
launch_micro() {
    local war=$1 port=$2 log=$3; shift 3
    setsid "$JAVA" -Xmx"${BENCH_HEAP:-1g}" -Dbanso.db.url="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" -Dbanso.db.user=postgres \
        -Dbanso.db.schema="$BENCH_SCHEMA" -Dbanso.demo.enabled=true -Dbanso.public.url="http://localhost:$port" -Dhazelcast.phone.home.enabled=false "$@" \
        -jar "$MICRO" --deploy "$war" --contextroot / --port "$port" --nocluster --disablephonehome $BENCH_MICRO_OPTS >"$log" 2>&1 </dev/null &
    STARTED=$!
}

# start_app LOG [extra JVM options...]: the WAR on Payara Micro against the bench database; waits
# until the sign-in page answers; sets SERVER (process group) and READY_MS (launch to first answer).
start_app() {
    local log=$1; shift
    local t0; t0=$(date +%s%N)
    launch_micro "$WAR" "$BENCH_PORT" "$log" "$@"
    SERVER=$STARTED
    wait_ready "$log" "http://localhost:$BENCH_PORT/signin.xhtml"
    READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

# load_accounts FILE: the seeded load accounts whose complete drafts are not submitted yet, as the
# CSV (email,company) that ApplicantFlowSimulation reads; each flow user submits one.
load_accounts() {
    { echo "email,company"; "${PSQL[@]}" -qAt -F, -c "SET search_path TO $BENCH_SCHEMA" -c "SELECT u.email, a.legal_name_ja
        FROM user_account u JOIN application a ON a.owner_account_id = u.id
        WHERE a.status = 'DRAFT' AND u.email LIKE 'load-%' ORDER BY u.email"; } > "$1"
}

# wait_ready LOG URL: until URL answers. Payara Micro says "ready" even when the deployment
# failed, so a URL that still does not answer 10 s after that line is a failed deployment.
wait_ready() {
    local deadline=$(( $(date +%s) + 400 )) ready_at=""
    until curl -s -o /dev/null -f "$2"; do
        if [ -z "$ready_at" ] && grep -q "Payara Micro .* ready in" "$1"; then
            ready_at=$(date +%s)
        fi
        if [ -n "$ready_at" ] && [ "$(date +%s)" -gt $(( ready_at + 10 )) ]; then
            echo "bench: Payara Micro is ready but $2 does not answer: the application did not deploy"
            grep -m 3 -E "^(Internal Exception|Caused by|[A-Za-z.]*Exception): " "$1" | cut -c1-300; echo "(BENCH_KEEP=1 keeps the whole server log)"; return 1
        fi
        if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$SERVER" 2>/dev/null; then
            echo "bench: the server did not start"; tail -n 40 "$1"; return 1
        fi
        sleep 0.5
    done
}

stop_app() {
    if [ -n "${SERVER:-}" ]; then
        kill -- -"$SERVER" 2>/dev/null || true
        wait "$SERVER" 2>/dev/null || true
        SERVER=""
    fi
}

# end_run: the EXIT trap of a script with one server and a work folder: stops the server and
# removes the folder, or keeps it (server log, Gatling's output) when BENCH_KEEP is set.
end_run() {
    stop_app
    if [ -n "${BENCH_KEEP:-}" ]; then echo "logs kept in $WORK"; else rm -rf "$WORK"; fi
}

# rss_mb GROUP: the resident memory (MB) of the Java server in process group GROUP (a launch_micro STARTED).
rss_mb() {
    local pid; pid=$(pgrep -g "$1" java | head -n 1)
    echo $(( $(awk '/VmRSS/ {print $2}' /proc/"$pid"/status) / 1024 ))
}

# sql_per_request LABEL LOG MARK PATH_REGEX: the SQL statements per page request (the server ran
# with -Dbanso.bench.count-sql=true and logged a BENCH-SQL line per request) after line MARK of
# LOG, for the paths matching PATH_REGEX, by kind (method, path, ajax source) and overall.
sql_per_request() {
    tail -n +"$(( $3 + 1 ))" "$2" | grep -oE "BENCH-SQL [0-9]+ [A-Z]+ $4 [^ ]+" \
        | awk -v label="$1" '{k = $3 " " $4 " " $5; n[k]++; s[k] += $2; if ($2 > m[k]) m[k] = $2; if ($2 > all) all = $2; tn++; ts += $2}
               END {for (k in n) printf "%s: SQL statements per request, %-48s %6d requests, mean %.2f, max %d\n", label, k, n[k], s[k] / n[k], m[k];
                    if (tn) printf "%s: SQL statements per request overall: mean %.2f, max %d (%d requests)\n", label, ts / tn, all, tn}' | sort
}

# measure_admin_page PATH LABEL WHAT_SQL: one ADMIN over the seeded data (bench/seed.sh first): the
# page and the trivial page alternately (bench/dashboard.py: warm-up BENCH_WARMUP s, two rounds of
# 30), then the SQL statements per request of the page, counted at the JDBC driver. WHAT_SQL is a
# query on the bench schema whose one value describes the data measured ("2001 support cases").
measure_admin_page() {
    WORK=$(mktemp -d "/tmp/banso-$2.XXXXXX")
    trap end_run EXIT
    ensure_build
    require_seeded
    start_app "$WORK/server.log" -Dbanso.bench.count-sql=true
    python3 bench/dashboard.py "http://localhost:$BENCH_PORT" "$1" "$2" "ADMIN, $("${PSQL[@]}" -qAt -c "$3")"
    sql_per_request "$2" "$WORK/server.log" 0 "${1//./\\.}"
}
