-- Indexes for the staff inbox filters and sorts (the inbox pages, sorts and filters in the database).
CREATE INDEX ix_application_programme_submitted ON application (programme_id, submitted_at);
CREATE INDEX ix_application_programme_prefecture ON application (programme_id, prefecture);
CREATE INDEX ix_application_programme_industry ON application (programme_id, industry);
CREATE INDEX ix_application_programme_legal_form ON application (programme_id, legal_form);
CREATE INDEX ix_application_programme_name ON application (programme_id, legal_name_ja);
CREATE INDEX ix_application_completed ON application (programme_id, status, completed_at);
CREATE INDEX ix_rule_evaluation_application_outcome ON rule_evaluation (application_id, outcome);
