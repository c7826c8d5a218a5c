-- E-mails about an application are linked to it (shown on its timeline for staff);
-- screening records get internal notes.
ALTER TABLE mail_message ADD COLUMN application_id BIGINT;
CREATE INDEX ix_mail_message_application ON mail_message (application_id);
ALTER TABLE screening_record ADD COLUMN internal_notes VARCHAR(4000);
