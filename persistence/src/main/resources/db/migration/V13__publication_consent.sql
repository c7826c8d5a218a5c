-- COOP-4/5: whether the company agrees that its progress and results appear by name in published
-- reports (the outcome report includes only consenting companies by name).
ALTER TABLE support_case ADD COLUMN publication_consent BOOLEAN;
ALTER TABLE support_case ADD COLUMN publication_consent_at TIMESTAMP WITH TIME ZONE;
