-- SCREEN-2: a first online-screening notice after the latest date (programme data, 31 days after
-- COMPLETE) is still allowed, with the reason for the delay kept here. Nullable: on-time notices have none.
ALTER TABLE screening_record ADD COLUMN notice_delay_reason VARCHAR(1000);
