#!/usr/bin/env bash
# Capacity race (issue 8, APPLY-4): on the seeded database (bench/seed.sh), sets the programme's
# capacity so that exactly PLACES places remain, prepares N applicants (load accounts with complete
# drafts, each signed in with its own session, on the review step), lets all N press "submit" at
# the same moment, then counts in the database: accepted (SUBMITTED) must equal PLACES and the
# places taken must equal the capacity. Prints the figures; exits non-zero otherwise.
# Usage: bench/capacity-race.sh    (RACE_SUBMISSIONS=1000 RACE_PLACES=10 BENCH_PORT=18580)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
N="${RACE_SUBMISSIONS:-1000}"
PLACES="${RACE_PLACES:-10}"
WORK=$(mktemp -d /tmp/banso-race.XXXXXX)
trap end_run EXIT
ensure_build
require_seeded
Q() { "${PSQL[@]}" -qAt -c "SET search_path TO $BENCH_SCHEMA" -c "$1"; }
COUNTED="status IN ('SUBMITTED','COMPLETE','DOCUMENT_SCREENING','INTERVIEW_SCHEDULED','ADOPTED')"
[ "$(Q "SELECT capacity_basis FROM programme WHERE id = 1")" = SUBMITTED ] || { echo "race: expects capacity basis SUBMITTED"; exit 1; }
Q "SELECT u.email FROM user_account u JOIN application a ON a.owner_account_id = u.id
   WHERE a.status = 'DRAFT' AND u.email LIKE 'load-%' ORDER BY u.email DESC LIMIT $N" > "$WORK/accounts.txt"
[ "$(wc -l < "$WORK/accounts.txt")" -ge "$N" ] || { echo "race: fewer than $N unused load accounts; run bench/seed.sh"; exit 1; }
start_app "$WORK/server.log"
taken=$(Q "SELECT count(*) FROM application WHERE programme_id = 1 AND $COUNTED")
capacity=$(( taken + PLACES ))
Q "UPDATE programme SET capacity = $capacity, version = version + 1 WHERE id = 1" >/dev/null
echo "race: capacity set to $capacity with $taken places taken: $PLACES places remain"
# The submissions go out minutes after each session was prepared: the client drops its idle
# connections after 10 s, before Payara closes them (30 s), so that no submission is sent on a
# connection the server has already closed (earlier: "header parser received no bytes").
"$JAVA" -Djdk.httpclient.keepalive.timeout=10 bench/race/CapacityRace.java "http://localhost:$BENCH_PORT" "$WORK/accounts.txt" 8 | tee "$WORK/race.txt"
"${PSQL[@]}" -qAt -c "SET search_path TO $BENCH_SCHEMA" -c "CREATE TEMP TABLE racers (email VARCHAR(254))" \
    -c "\copy racers FROM '$WORK/accounts.txt'" -c "SELECT a.status, count(*) FROM racers r JOIN user_account u ON u.email = r.email
        JOIN application a ON a.owner_account_id = u.id GROUP BY a.status ORDER BY a.status" > "$WORK/result.txt"
accepted=$(awk -F'|' '$1 == "SUBMITTED" || $1 == "COMPLETE" {s += $2} END {print s + 0}' "$WORK/result.txt")
waiting=$(Q "SELECT count(*) FROM waiting_list_entry w JOIN application a ON a.id = w.application_id WHERE a.status = 'DRAFT'")
now_taken=$(Q "SELECT count(*) FROM application WHERE programme_id = 1 AND $COUNTED")
Q "UPDATE programme SET capacity = 1000000, version = version + 1 WHERE id = 1" >/dev/null
echo "race: $N simultaneous submissions for the last $PLACES places: accepted $accepted, still draft (refused: full)" \
     "$(awk -F'|' '$1 == "DRAFT" {print $2}' "$WORK/result.txt"), on the waiting list $waiting; places taken $now_taken of $capacity"
[ "$accepted" = "$PLACES" ] && [ "$now_taken" = "$capacity" ] || { echo "race FAILED"; exit 1; }
echo "race OK: exactly $PLACES accepted"
