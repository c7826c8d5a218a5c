-- SCREEN-2: the inbox sorts by its deadline column, that is by the completion time (the notice
-- deadline is the completion day plus the programme's days, the same for every application).
-- A covering index like V30/V37's, so the first and a deep page are read from the index alone in
-- either direction. Plain column lists, no INCLUDE, so that H2 runs the same script.
CREATE INDEX ix_application_inbox_completed ON application (programme_id, completed_at, id, status, legal_name_ja,
    corporate_number, prefecture, submitted_at, consent_received_at, assigned_screener);
