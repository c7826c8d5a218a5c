-- Stored results of the automatic rule evaluation and the staff-verified facts that correct an
-- applicant's answer for it.
CREATE SEQUENCE verified_fact_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE rule_evaluation_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE verified_fact (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    answer          VARCHAR(40)   NOT NULL,
    fact_value      VARCHAR(20)   NOT NULL,
    note            VARCHAR(1000) NOT NULL,
    recorded_by     VARCHAR(254)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_verified_fact_application ON verified_fact (application_id);

CREATE TABLE rule_evaluation (
    id              BIGINT       NOT NULL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES application (id),
    rule_code       VARCHAR(20)  NOT NULL,
    position_no     INTEGER      NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,
    message_key     VARCHAR(100) NOT NULL,
    evaluated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rule_evaluation_application ON rule_evaluation (application_id);
CREATE INDEX ix_rule_evaluation_failures ON rule_evaluation (outcome, rule_code);
