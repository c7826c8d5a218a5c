-- COOP-6 registration changes (the change log) and the TERM-2/TERM-4 review tasks they open.
CREATE SEQUENCE registration_change_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE review_task_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE registration_change (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES support_case (id),
    change_field VARCHAR(30)   NOT NULL,
    new_value    VARCHAR(500),
    note         VARCHAR(1000),
    reported_by  VARCHAR(254)  NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_registration_change_case ON registration_change (case_id);

CREATE TABLE review_task (
    id           BIGINT        NOT NULL PRIMARY KEY,
    case_id      BIGINT        NOT NULL REFERENCES support_case (id),
    term_reason  VARCHAR(10)   NOT NULL,
    cause        VARCHAR(200)  NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolution   VARCHAR(20),
    resolved_by  VARCHAR(254)
);
CREATE INDEX ix_review_task_case ON review_task (case_id, resolved_at);
