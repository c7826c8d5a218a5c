-- Optimistic concurrency on support cases (issue 6): who last saved the case, and when, for the
-- conflict message shown to the second of two staff editing one case.
ALTER TABLE support_case ADD COLUMN changed_by VARCHAR(254);
ALTER TABLE support_case ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
