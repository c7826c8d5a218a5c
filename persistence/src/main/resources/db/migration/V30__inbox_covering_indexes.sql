-- Staff inbox at scale (issue 8, bench/inbox.sh): with 100,000 applications a deep page
-- (page 2,000 sorted by submission) read 50,000 table rows to skip them. These indexes hold the
-- sort key, the id tie-breaker (sorted in the same direction, see InboxRepository) and every
-- column the inbox shows, so PostgreSQL pages through the index alone (index-only scan) in
-- either direction. Plain column lists, no INCLUDE, so that H2 runs the same script.
CREATE INDEX ix_application_inbox_submitted ON application (programme_id, submitted_at, id, status, legal_name_ja,
    corporate_number, prefecture, consent_received_at, completed_at);
CREATE INDEX ix_application_inbox_name ON application (programme_id, legal_name_ja, id, status, corporate_number,
    prefecture, submitted_at, consent_received_at, completed_at);
