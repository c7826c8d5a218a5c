-- SUPPORT-4: plan versions (kickoff and each revision) and JETRO's periodic reviews.
CREATE SEQUENCE plan_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_review_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_version (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES support_case (id),
    version_no    INTEGER       NOT NULL,
    origin        VARCHAR(20)   NOT NULL,
    goal1 VARCHAR(2000), goal2 VARCHAR(2000), goal3 VARCHAR(2000), goal4 VARCHAR(2000),
    period_start  DATE,
    period_end    DATE,
    created_by    VARCHAR(254)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_plan_version UNIQUE (case_id, version_no)
);

CREATE TABLE support_review (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL REFERENCES support_case (id),
    findings         VARCHAR(2000) NOT NULL,
    plan_version_no  INTEGER,
    reviewer         VARCHAR(254)  NOT NULL,
    reviewed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_support_review_case ON support_review (case_id);
