-- ADMIN's user list shows each account's former addresses (retired_email by account_id, one
-- query per page): an index on the reference serves it, and the check of the reference when an
-- account row changes, instead of a scan that grows with every address change.
CREATE INDEX ix_retired_email_account ON retired_email (account_id, retired_at);
