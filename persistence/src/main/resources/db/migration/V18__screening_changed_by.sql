-- Optimistic concurrency on the screening record: who saved it last, and when, for the conflict message.
ALTER TABLE screening_record ADD COLUMN changed_by VARCHAR(254);
ALTER TABLE screening_record ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
