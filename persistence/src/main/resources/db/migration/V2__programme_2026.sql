-- The 2026 programme year as published in the application guidelines (shared/seed):
-- 420 companies (APPLY-4), support ends 2027-03-31 at the latest (PERIOD-1), contact desk.
-- The guidelines give no closing date for intake (it closes when 420 is reached); the
-- closing date below is a product decision so that support can still start before the
-- period ends. ADMIN can change every value on the programme screen.
INSERT INTO programme (id, fiscal_year, name_ja, name_en, intake_opens, intake_closes, support_ends,
                       capacity, capacity_basis, contact_name_ja, contact_name_en, contact_email, contact_phone, version)
VALUES (1, 2026,
        '2026年度 高度外国人材活躍推進コーディネーターによる伴走型支援',
        '2026 Accompanying Support by Highly-Skilled Foreign Talent Promotion Coordinators',
        DATE '2026-02-01', DATE '2027-01-29', DATE '2027-03-31',
        420, 'SUBMITTED',
        '日本貿易振興機構（ジェトロ）高度外国人材課 伴走型支援担当',
        'JETRO Highly-Skilled Foreign Talent Division, Accompanying Support Desk',
        'CDR-Support@jetro.go.jp', '03-3582-4941', 0);
