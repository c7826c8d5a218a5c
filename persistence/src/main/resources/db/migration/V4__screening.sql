-- Screening (SCREEN-1..4, APPLY-5): the screening record per application, the service catalogue,
-- deadlines as programme data, e-mail attachments (adoption notice), and daily job claims so
-- that a cluster runs each daily job once.

CREATE SEQUENCE screening_record_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE service_offering_seq START WITH 100 INCREMENT BY 1;

ALTER TABLE application ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;

-- SCREEN-2: notice about 1-2 weeks after completion (target), at most about a month;
-- APPLY-5: days the applicant has to confirm the online screening.
ALTER TABLE programme ADD COLUMN notice_target_days INTEGER DEFAULT 14 NOT NULL;
ALTER TABLE programme ADD COLUMN notice_max_days INTEGER DEFAULT 31 NOT NULL;
ALTER TABLE programme ADD COLUMN confirm_days INTEGER DEFAULT 7 NOT NULL;

ALTER TABLE mail_message ADD COLUMN attachment_name VARCHAR(200);
ALTER TABLE mail_message ADD COLUMN attachment_type VARCHAR(100);
ALTER TABLE mail_message ADD COLUMN attachment_content BYTEA;

CREATE TABLE screening_record (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    application_id      BIGINT        NOT NULL REFERENCES application (id),
    assigned_screener   VARCHAR(254),
    score1 INTEGER, score2 INTEGER, score3 INTEGER, score4 INTEGER, score5 INTEGER,
    comment1 VARCHAR(1000), comment2 VARCHAR(1000), comment3 VARCHAR(1000), comment4 VARCHAR(1000), comment5 VARCHAR(1000),
    maybe_resolution    VARCHAR(1000),
    document_decision   VARCHAR(10),
    document_decided_at TIMESTAMP WITH TIME ZONE,
    interview_at        TIMESTAMP WITH TIME ZONE,
    interview_medium    VARCHAR(10),
    teams_url           VARCHAR(500),
    phone_reason        VARCHAR(500),
    attendee            VARCHAR(20),
    notice_sent_at      TIMESTAMP WITH TIME ZONE,
    confirmed_at        TIMESTAMP WITH TIME ZONE,
    no_show             BOOLEAN       DEFAULT FALSE NOT NULL,
    interview_notes     VARCHAR(2000),
    final_decision      VARCHAR(10),
    decided_at          TIMESTAMP WITH TIME ZONE,
    decided_by          VARCHAR(254),
    internal_reason     VARCHAR(2000),
    referred_services   VARCHAR(500),
    version             BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_screening_record_application UNIQUE (application_id)
);
CREATE INDEX ix_screening_record_screener ON screening_record (assigned_screener);

CREATE TABLE service_offering (
    id        BIGINT       NOT NULL PRIMARY KEY,
    name_ja   VARCHAR(200) NOT NULL,
    name_en   VARCHAR(200) NOT NULL,
    provider  VARCHAR(200) NOT NULL,
    url       VARCHAR(500),
    paid      BOOLEAN      NOT NULL,
    active    BOOLEAN      NOT NULL
);
INSERT INTO service_offering (id, name_ja, name_en, provider, url, paid, active) VALUES
 (1, '高度外国人材活躍推進ポータル（オープン・フォー・プロフェッショナルズ）', 'Open for Professionals portal (highly-skilled foreign talent)', 'JETRO', 'https://www.jetro.go.jp/hrportal/', false, true),
 (2, '外国人留学生向けオンライン・ジョブフェア', 'Online job fair for international students', 'JETRO', 'https://www.jetro.go.jp/', false, true),
 (3, '外国人材の受入れに関する相談窓口（外国人在留支援センター）', 'Foreign Residents Support Center (FRESC)', 'Immigration Services Agency', 'https://www.moj.go.jp/isa/', false, true);

-- One row per daily job and day: the node whose insert succeeds runs the job.
CREATE TABLE job_run (
    job_name    VARCHAR(60)  NOT NULL,
    run_date    DATE         NOT NULL,
    node        VARCHAR(100) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    result      VARCHAR(500),
    PRIMARY KEY (job_name, run_date)
);
