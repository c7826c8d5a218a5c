#!/usr/bin/env bash
# Restore drill (README "Operations"): back up the application's schema with pg_dump, restore it
# into a fresh database, and check that every table came back with the same rows and that the
# Flyway history is intact. CI runs it on the schema the integration tests left behind.
# Usage: .ci/restore-drill.sh [schema] [database] (default banso_it in banso_test, the integration
# tests' database, on 127.0.0.1:5432)
set -euo pipefail
SCHEMA="${1:-banso_it}"
HOST=127.0.0.1
PORT=5432
USER_NAME="${PGUSER:-postgres}"
SOURCE_DB="${2:-banso_test}"
DRILL_DB="banso_restore_drill_$$"
DUMP="$(mktemp -d)/banso.dump"
PSQL=(psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -v ON_ERROR_STOP=1 -qAt)

cleanup() { "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DRILL_DB" >/dev/null 2>&1 || true; rm -rf "$(dirname "$DUMP")"; }
trap cleanup EXIT

counts() { # db -> "table rows" lines, sorted
    local db="$1"
    for t in $("${PSQL[@]}" -d "$db" -c "SELECT table_name FROM information_schema.tables WHERE table_schema = '$SCHEMA' AND table_type = 'BASE TABLE' ORDER BY 1"); do
        echo "$t $("${PSQL[@]}" -d "$db" -c "SELECT count(*) FROM \"$SCHEMA\".\"$t\"")"
    done
}

start=$(date +%s%N)
pg_dump -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$SOURCE_DB" -n "$SCHEMA" -Fc -f "$DUMP"
dumped=$(date +%s%N)
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DRILL_DB"
pg_restore -h "$HOST" -p "$PORT" -U "$USER_NAME" -d "$DRILL_DB" --no-owner --exit-on-error "$DUMP"
restored=$(date +%s%N)

before="$(counts "$SOURCE_DB")"
after="$(counts "$DRILL_DB")"
tables=$(echo "$before" | grep -c . || true)
rows=$(echo "$before" | awk '{s+=$2} END {print s+0}')
[ "$tables" -gt 0 ] || { echo "restore drill: schema $SCHEMA has no tables"; exit 1; }
if [ "$before" != "$after" ]; then
    echo "restore drill FAILED: row counts differ"; diff <(echo "$before") <(echo "$after") || true; exit 1
fi
failed=$("${PSQL[@]}" -d "$DRILL_DB" -c "SELECT count(*) FROM \"$SCHEMA\".flyway_schema_history WHERE NOT success")
[ "$failed" = "0" ] || { echo "restore drill FAILED: $failed failed migrations in the restored history"; exit 1; }
version=$("${PSQL[@]}" -d "$DRILL_DB" -c "SELECT max(installed_rank) FROM \"$SCHEMA\".flyway_schema_history")
echo "restore drill OK: schema $SCHEMA, $tables tables, $rows rows restored identically, flyway history of $version migrations;" \
     "dump $(( (dumped-start)/1000000 )) ms ($(stat -c %s "$DUMP") bytes), restore $(( (restored-dumped)/1000000 )) ms"
