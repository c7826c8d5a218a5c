#!/usr/bin/env bash
# A/B of two WARs under the applicant flow, at the same time (issue 8): this machine's speed
# changes by up to three times within minutes (bench/RESULTS.md), so two runs one after the
# other compare the machine, not the WARs. Here both WARs run at once, each on its own Payara
# Micro against the seeded database, each loaded by its own Gatling run of
# ApplicantFlowSimulation (the same phases, started together, BENCH_USERS users each). Both share
# the cores through the whole run, so whatever the machine does, it does to both: the WAR whose
# requests cost less serves more of them. Prints, per round and as medians, each WAR's flow and
# trivial-page req/s and B's throughput over A's.
# Usage: bench/ab-flow.sh A.war B.war   (BENCH_AB_ROUNDS=3 BENCH_USERS=25 BENCH_WARMUP=40
#        BENCH_PHASE=40; ports BENCH_PORT+1 and BENCH_PORT+2; run bench/seed.sh first: each round
#        submits 2 x BENCH_USERS load accounts' drafts). The same WAR twice compares JVM options:
#        BENCH_A_JVM_OPTS and BENCH_B_JVM_OPTS are each server's own (after BENCH_HEAP's -Xmx, so
#        an -Xmx there wins). Prints each server's RSS after the last round. BENCH_AB_PAGE=inbox
#        compares the staff inbox instead (InboxSimulation: screeners, no load accounts used).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
[ $# -eq 2 ] && [ -f "$1" ] && [ -f "$2" ] || { echo "usage: bench/ab-flow.sh A.war B.war"; exit 2; }
ensure_build
require_seeded
USERS=${BENCH_USERS:-25}
PAGE=${BENCH_AB_PAGE:-flow}
case "$PAGE" in
    flow) SIM=ApplicantFlowSimulation; LINE="BENCH app" ;;
    inbox) SIM=InboxSimulation; LINE="BENCH staff inbox over" ;;
    *) echo "ab: BENCH_AB_PAGE is flow or inbox"; exit 2 ;;
esac
PA=$((BENCH_PORT + 1)); PB=$((BENCH_PORT + 2))
WORK=$(mktemp -d /tmp/banso-ab.XXXXXX)
SA=""; SB=""
trap '[ -n "$SA" ] && kill -- -"$SA" 2>/dev/null; [ -n "$SB" ] && kill -- -"$SB" 2>/dev/null; rm -rf "$WORK"' EXIT
# One after the other: two first starts at once would race for Flyway's lock and the demo data.
# shellcheck disable=SC2086 # the options are words
launch_micro "$1" "$PA" "$WORK/a.log" ${BENCH_A_JVM_OPTS:-}; SA=$STARTED; SERVER=$SA; wait_ready "$WORK/a.log" "http://localhost:$PA/signin.xhtml"
# shellcheck disable=SC2086
launch_micro "$2" "$PB" "$WORK/b.log" ${BENCH_B_JVM_OPTS:-}; SB=$STARTED; SERVER=$SB; wait_ready "$WORK/b.log" "http://localhost:$PB/signin.xhtml"
SERVER=""
echo "ab: $PAGE, A $1 on port $PA${BENCH_A_JVM_OPTS:+ ($BENCH_A_JVM_OPTS)}, B $2 on port $PB${BENCH_B_JVM_OPTS:+ ($BENCH_B_JVM_OPTS)}, $USERS users each, at the same time"
field() { grep "^$LINE" "$2" | sed -n "s/.*$1 \([0-9.]*\) req\/s.*/\1/p"; }
rounds=()
for i in $(seq 1 "${BENCH_AB_ROUNDS:-3}"); do
    if [ "$PAGE" = flow ]; then
        load_accounts "$WORK/all.csv"
        [ "$(wc -l < "$WORK/all.csv")" -gt $((2 * USERS)) ] || { echo "ab: fewer than $((2 * USERS)) load accounts left; run bench/seed.sh"; exit 1; }
        for x in a b; do head -n 1 "$WORK/all.csv" > "$WORK/$x.csv"; done
        sed -n "2,$((USERS + 1))p" "$WORK/all.csv" >> "$WORK/a.csv"
        sed -n "$((USERS + 2)),$((2 * USERS + 1))p" "$WORK/all.csv" >> "$WORK/b.csv"
    fi
    pids=()
    for x in a b; do
        port=$([ $x = a ] && echo "$PA" || echo "$PB")
        (cd bench/gatling && JAVA_HOME="$JAVA_HOME" mvn -B -q gatling:test -Dbench.simulation="app.banso.bench.$SIM" \
            -Dbench.url="http://localhost:$port" -Dbench.accounts="$WORK/$x.csv" -Dbench.users="$USERS" \
            -Dbench.warmup="${BENCH_WARMUP:-40}" -Dbench.phase="${BENCH_PHASE:-40}" -Dbench.rounds=2 > "$WORK/g-$x-$i.log" 2>&1) &
        pids+=($!)
    done
    wait "${pids[@]}" || true # the two Gatling runs only (the servers are children of this shell too)
    for x in a b; do grep -q "^$LINE" "$WORK/g-$x-$i.log" || { tail -n 40 "$WORK/g-$x-$i.log"; exit 1; }; done
    fa=$(field "$PAGE" "$WORK/g-a-$i.log"); fb=$(field "$PAGE" "$WORK/g-b-$i.log")
    ta=$(field "trivial page" "$WORK/g-a-$i.log"); tb=$(field "trivial page" "$WORK/g-b-$i.log")
    r=$(awk -v a="$fa" -v b="$fb" 'BEGIN {printf "%.3f", b / a}')
    rt=$(awk -v a="$ta" -v b="$tb" 'BEGIN {printf "%.3f", b / a}')
    rounds+=("$r $rt")
    echo "ab: round $i: $PAGE A $fa, B $fb req/s (B/A $r); trivial page A $ta, B $tb req/s (B/A $rt)"
done
median() { # column label: the median of one column of the rounds' B/A figures
    printf '%s\n' "${rounds[@]}" | awk -v c="$1" '{print $c}' | sort -n | awk -v label="$2" '{v[NR] = $1}
        END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "ab: %s throughput B/A, median of %d rounds: %.3f\n", label, NR, m}'
}
median 1 "$PAGE"
median 2 "trivial page"
echo "ab: server RSS after the last round: A $(rss_mb "$SA") MB, B $(rss_mb "$SB") MB"
