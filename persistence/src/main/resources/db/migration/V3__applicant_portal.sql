-- The applicant portal: drafts with all answers (APPLY-2), hiring positions (TALENT), timeline,
-- consent form (APPLY-1), waiting list (APPLY-4) and change requests. Runs on PostgreSQL and H2.

CREATE SEQUENCE application_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE consent_document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE waiting_list_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE change_request_seq START WITH 50 INCREMENT BY 50;

-- A draft exists before its company is known: the company is attached on submission.
ALTER TABLE application ALTER COLUMN company_id DROP NOT NULL;
ALTER TABLE application ADD COLUMN owner_account_id BIGINT REFERENCES user_account (id);
ALTER TABLE application ADD COLUMN corporate_number VARCHAR(13);
ALTER TABLE application ADD COLUMN draft_saved_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN consent_received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN withdrawal_reason VARCHAR(500);
ALTER TABLE application ADD COLUMN legal_name_ja VARCHAR(200);
ALTER TABLE application ADD COLUMN legal_name_en VARCHAR(200);
ALTER TABLE application ADD COLUMN legal_form VARCHAR(10);
ALTER TABLE application ADD COLUMN corporate_number_input VARCHAR(20);
ALTER TABLE application ADD COLUMN postal_code VARCHAR(8);
ALTER TABLE application ADD COLUMN prefecture VARCHAR(20);
ALTER TABLE application ADD COLUMN address VARCHAR(300);
ALTER TABLE application ADD COLUMN website_url VARCHAR(500);
ALTER TABLE application ADD COLUMN industry VARCHAR(40);
ALTER TABLE application ADD COLUMN employees INTEGER;
ALTER TABLE application ADD COLUMN capital_yen BIGINT;
ALTER TABLE application ADD COLUMN year_founded INTEGER;
ALTER TABLE application ADD COLUMN representative_name VARCHAR(100);
ALTER TABLE application ADD COLUMN representative_title VARCHAR(100);
ALTER TABLE application ADD COLUMN contact_name VARCHAR(100);
ALTER TABLE application ADD COLUMN contact_department VARCHAR(100);
ALTER TABLE application ADD COLUMN contact_email VARCHAR(254);
ALTER TABLE application ADD COLUMN contact_phone VARCHAR(30);
ALTER TABLE application ADD COLUMN q_placement_business BOOLEAN;
ALTER TABLE application ADD COLUMN q_own_website BOOLEAN;
ALTER TABLE application ADD COLUMN q_overseas_subsidiary_only BOOLEAN;
ALTER TABLE application ADD COLUMN q_regular_full_time BOOLEAN;
ALTER TABLE application ADD COLUMN q_employed_graduates BOOLEAN;
ALTER TABLE application ADD COLUMN q_employed_by_applicant BOOLEAN;
ALTER TABLE application ADD COLUMN q_global_south_interest BOOLEAN;
ALTER TABLE application ADD COLUMN q_financial_base BOOLEAN;
ALTER TABLE application ADD COLUMN q_same_company_supported BOOLEAN;
ALTER TABLE application ADD COLUMN m_talent_understanding VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_philosophy_strategy VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_motive_purpose VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_executive_involvement VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_internal_structure VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_expected_results VARCHAR(2000);
ALTER TABLE application ADD COLUMN m_result_category VARCHAR(30);
ALTER TABLE application ADD COLUMN d_law1 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_law2 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_law3 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop1 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop2 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop3 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop4 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop5 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_coop6 BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE application ADD COLUMN d_privacy BOOLEAN DEFAULT FALSE NOT NULL;

-- One application per corporate number and programme, and one per applicant account and programme.
ALTER TABLE application ADD CONSTRAINT uq_application_programme_corporate_number UNIQUE (programme_id, corporate_number);
ALTER TABLE application ADD CONSTRAINT uq_application_programme_owner UNIQUE (programme_id, owner_account_id);

CREATE TABLE hiring_position (
    application_id         BIGINT       NOT NULL REFERENCES application (id),
    position_index         INTEGER      NOT NULL,
    role_type              VARCHAR(40),
    status_of_residence    VARCHAR(40),
    education              VARCHAR(20),
    hires                  INTEGER,
    work_prefecture        VARCHAR(20),
    countries_of_interest  VARCHAR(300),
    target_start           DATE,
    PRIMARY KEY (application_id, position_index)
);

CREATE TABLE application_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    application_id  BIGINT       NOT NULL REFERENCES application (id),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    type            VARCHAR(40)  NOT NULL,
    detail          VARCHAR(500)
);
CREATE INDEX ix_application_event_application ON application_event (application_id, occurred_at);

CREATE TABLE consent_document (
    id               BIGINT       NOT NULL PRIMARY KEY,
    application_id   BIGINT       NOT NULL REFERENCES application (id),
    original_name    VARCHAR(200) NOT NULL,
    stored_name      VARCHAR(40)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    pages            INTEGER      NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    seal_checked_by  VARCHAR(254),
    seal_checked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_consent_document_application UNIQUE (application_id)
);

CREATE TABLE consent_content (
    application_id  BIGINT NOT NULL PRIMARY KEY REFERENCES application (id),
    content         BYTEA  NOT NULL
);

CREATE TABLE waiting_list_entry (
    id              BIGINT      NOT NULL PRIMARY KEY,
    programme_id    BIGINT      NOT NULL REFERENCES programme (id),
    application_id  BIGINT      NOT NULL REFERENCES application (id),
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state           VARCHAR(20) NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_waiting_list_application UNIQUE (application_id)
);
CREATE INDEX ix_waiting_list_programme_state ON waiting_list_entry (programme_id, state, joined_at);

CREATE TABLE change_request (
    id              BIGINT        NOT NULL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES application (id),
    text            VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    author          VARCHAR(254)  NOT NULL
);
CREATE INDEX ix_change_request_application ON change_request (application_id);
