-- Support cases (SUPPORT, PERIOD, TERM): the case per adopted application, coordinator history,
-- and the coordinator's work log.
CREATE SEQUENCE support_case_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_activity_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE coordinator_assignment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_case (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    application_id         BIGINT        NOT NULL REFERENCES application (id),
    programme_id           BIGINT        NOT NULL REFERENCES programme (id),
    company_name           VARCHAR(200)  NOT NULL,
    status                 VARCHAR(20)   NOT NULL,
    coordinator            VARCHAR(254),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    kickoff_at             TIMESTAMP WITH TIME ZONE,
    kickoff_attendees      VARCHAR(500),
    kickoff_minutes        VARCHAR(2000),
    goal1 VARCHAR(2000), goal2 VARCHAR(2000), goal3 VARCHAR(2000), goal4 VARCHAR(2000),
    period_start           DATE,
    period_end             DATE,
    company_agreed_at      TIMESTAMP WITH TIME ZONE,
    jetro_agreed_at        TIMESTAMP WITH TIME ZONE,
    coordinator_agreed_at  TIMESTAMP WITH TIME ZONE,
    stage1 VARCHAR(20) NOT NULL, stage2 VARCHAR(20) NOT NULL, stage3 VARCHAR(20) NOT NULL, stage4 VARCHAR(20) NOT NULL,
    term_reason            VARCHAR(10),
    term_effective         DATE,
    term_note              VARCHAR(2000),
    closed_by              VARCHAR(254),
    closed_at              TIMESTAMP WITH TIME ZONE,
    version                BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_support_case_application UNIQUE (application_id)
);
CREATE INDEX ix_support_case_coordinator ON support_case (coordinator, status);
CREATE INDEX ix_support_case_period_end ON support_case (status, period_end);

CREATE TABLE coordinator_assignment (
    id             BIGINT        NOT NULL PRIMARY KEY,
    case_id        BIGINT        NOT NULL REFERENCES support_case (id),
    coordinator    VARCHAR(254)  NOT NULL,
    assigned_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    assigned_to    TIMESTAMP WITH TIME ZONE,
    reason         VARCHAR(500)
);
CREATE INDEX ix_coordinator_assignment_case ON coordinator_assignment (case_id);

CREATE TABLE support_activity (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    case_id               BIGINT        NOT NULL REFERENCES support_case (id),
    type                  VARCHAR(30)   NOT NULL,
    activity_date         DATE          NOT NULL,
    duration_minutes      INTEGER,
    participants          VARCHAR(500),
    notes                 VARCHAR(2000),
    next_actions          VARCHAR(1000),
    stage                 INTEGER       NOT NULL,
    visit_state           VARCHAR(20),
    costs_may_be_charged  BOOLEAN       DEFAULT FALSE NOT NULL,
    recorded_by           VARCHAR(254)  NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_support_activity_case ON support_activity (case_id, activity_date);
