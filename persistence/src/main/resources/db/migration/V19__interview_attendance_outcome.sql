-- SCREEN-2 interview record: who actually attended (free text) and the interview's outcome.
-- Nullable: records written before this change, and interviews not yet held, have neither.
ALTER TABLE screening_record ADD COLUMN interview_attended_by VARCHAR(500);
ALTER TABLE screening_record ADD COLUMN interview_outcome VARCHAR(30);
-- An outcome exists only for an interview that was held: never together with a no-show.
ALTER TABLE screening_record ADD CONSTRAINT ck_screening_record_outcome_held
    CHECK (interview_outcome IS NULL OR no_show = FALSE);
