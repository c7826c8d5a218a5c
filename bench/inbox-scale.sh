#!/usr/bin/env bash
# Inbox at two sizes (issue 8: "the 1,000-row vs 100,000-row time ratio <= 1.5"), one command:
# bench/inbox.sh with one user (BENCH_USERS=0) on the seeded programme (~82,000 submitted
# applications), then again after all but 1,000 of them are parked in a programme that is not
# current (fiscal year 2025, same database, same indexes), then they are put back. Prints the
# one-user p50 server time of both runs and the ratio. Page 2,000 does not exist with 1,000
# rows: that request then shows the table's last page. Run bench/seed.sh first.
# Usage: bench/inbox-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/common.sh
require_seeded
SQL=("${PSQL[@]}" -qAt -c "SET search_path TO $BENCH_SCHEMA")
restore() {
    "${SQL[@]}" -c "UPDATE application SET programme_id = 1 WHERE programme_id = 2" -c "DELETE FROM programme WHERE id = 2" >/dev/null
}
trap restore EXIT
restore
# Moving rows leaves dead tuples that would cost the index-only scans: vacuum before each run.
"${SQL[@]}" -c "VACUUM ANALYZE application" >/dev/null
one_user() { # label
    local out p50 n
    out=$(BENCH_USERS=0 bench/inbox.sh 2>&1) || { echo "$out" | tail -n 20; exit 1; }
    p50=$(grep -E '^BENCH phase inbox-1 ' <<<"$out" | sed -E 's/.* p50 +([0-9]+) ms.*/\1/')
    n=$("${SQL[@]}" -c "SELECT count(*) FROM application WHERE programme_id = 1 AND status <> 'DRAFT'")
    echo "inbox-scale: $1: $n submitted applications in the current programme, one-user inbox p50 $p50 ms" >&2
    grep -E '^BENCH phase inbox / ' <<<"$out" | sed 's/^/inbox-scale:   /' >&2
    echo "$p50"
}
large=$(one_user "full size")
"${PSQL[@]}" -q >/dev/null <<SQL
SET search_path TO $BENCH_SCHEMA;
INSERT INTO programme (id, capacity, capacity_basis, confirm_days, contact_email, contact_name_en, contact_name_ja,
    contact_phone, fiscal_year, intake_closes, intake_opens, name_en, name_ja, notice_max_days, notice_target_days,
    support_ends, version)
SELECT 2, capacity, capacity_basis, confirm_days, contact_email, contact_name_en, contact_name_ja, contact_phone, 2025,
    DATE '2025-12-01', DATE '2025-02-01', name_en || ' (parked)', name_ja || '（退避）', notice_max_days, notice_target_days,
    DATE '2026-01-31', 0 FROM programme WHERE id = 1;
UPDATE application SET programme_id = 2 WHERE programme_id = 1 AND status <> 'DRAFT'
    AND id NOT IN (SELECT id FROM application WHERE programme_id = 1 AND status <> 'DRAFT' ORDER BY id LIMIT 1000);
VACUUM ANALYZE application;
SQL
small=$(one_user "small")
restore
"${SQL[@]}" -c "VACUUM ANALYZE application" >/dev/null
echo "inbox-scale: one-user inbox p50: $large ms with all applications, $small ms with 1,000;" \
     "ratio $(awk -v a="$large" -v b="$small" 'BEGIN {printf "%.2f", a / b}') (goal <= 1.5)"
