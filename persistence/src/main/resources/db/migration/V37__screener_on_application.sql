-- SCREEN-1: the screener an application is assigned to moves from its screening record to the
-- application itself, so that the inbox shows who has each application without a join (a join
-- or a sub-select per row read every skipped row's record on a deep page: page 2,000 of the
-- seeded 100,000 took 160-440 ms instead of 40), the screener filters are a plain condition, and
-- ADMIN's share-out no longer creates screening records. Existing assignments are copied over.
ALTER TABLE application ADD COLUMN assigned_screener VARCHAR(254);
UPDATE application SET assigned_screener = (SELECT r.assigned_screener FROM screening_record r WHERE r.application_id = application.id)
 WHERE EXISTS (SELECT 1 FROM screening_record r WHERE r.application_id = application.id AND r.assigned_screener IS NOT NULL);
DROP INDEX ix_screening_record_screener;
ALTER TABLE screening_record DROP COLUMN assigned_screener;

-- The inbox's covering indexes (V30) hold the new column too, so a deep page is still read from
-- the index alone.
DROP INDEX ix_application_inbox_submitted;
DROP INDEX ix_application_inbox_name;
CREATE INDEX ix_application_inbox_submitted ON application (programme_id, submitted_at, id, status, legal_name_ja,
    corporate_number, prefecture, consent_received_at, completed_at, assigned_screener);
CREATE INDEX ix_application_inbox_name ON application (programme_id, legal_name_ja, id, status, corporate_number,
    prefecture, submitted_at, consent_received_at, completed_at, assigned_screener);

-- Each screener's applications: "only mine" and its count, the users list's counts, a hand-over.
CREATE INDEX ix_application_screener ON application (assigned_screener, programme_id, status);
