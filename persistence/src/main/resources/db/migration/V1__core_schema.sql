-- Core schema: programme years, companies, applications, accounts, mail outbox, audit log.
-- Runs unchanged on PostgreSQL and on H2 (PostgreSQL mode). Sequences, never IDENTITY columns:
-- EclipseLink's sequence pre-allocation needs START WITH = INCREMENT BY = allocationSize.

CREATE SEQUENCE programme_seq START WITH 100 INCREMENT BY 1;
CREATE SEQUENCE company_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_message_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE programme (
    id               BIGINT       NOT NULL PRIMARY KEY,
    fiscal_year      INTEGER      NOT NULL,
    name_ja          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    intake_opens     DATE         NOT NULL,
    intake_closes    DATE         NOT NULL,
    support_ends     DATE         NOT NULL,
    capacity         INTEGER      NOT NULL,
    capacity_basis   VARCHAR(20)  NOT NULL,
    contact_name_ja  VARCHAR(200) NOT NULL,
    contact_name_en  VARCHAR(200) NOT NULL,
    contact_email    VARCHAR(200) NOT NULL,
    contact_phone    VARCHAR(40),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_programme_fiscal_year UNIQUE (fiscal_year),
    CONSTRAINT ck_programme_capacity CHECK (capacity > 0),
    CONSTRAINT ck_programme_dates CHECK (intake_opens <= intake_closes AND intake_closes < support_ends)
);

CREATE TABLE company (
    id                BIGINT       NOT NULL PRIMARY KEY,
    legal_name_ja     VARCHAR(200) NOT NULL,
    legal_name_en     VARCHAR(200),
    legal_form        VARCHAR(10)  NOT NULL,
    corporate_number  VARCHAR(13)  NOT NULL,
    website_url       VARCHAR(500),
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_company_corporate_number UNIQUE (corporate_number)
);

CREATE TABLE application (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    company_id         BIGINT      NOT NULL REFERENCES company (id),
    programme_id       BIGINT      NOT NULL REFERENCES programme (id),
    status             VARCHAR(30) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_application_company_programme UNIQUE (company_id, programme_id)
);
CREATE INDEX ix_application_programme_status ON application (programme_id, status);

CREATE TABLE user_account (
    id                         BIGINT       NOT NULL PRIMARY KEY,
    email                      VARCHAR(254) NOT NULL,
    password_hash              VARCHAR(200) NOT NULL,
    role                       VARCHAR(20)  NOT NULL,
    status                     VARCHAR(30)  NOT NULL,
    display_name               VARCHAR(100) NOT NULL,
    language                   VARCHAR(5)   NOT NULL,
    verification_token_sha256  VARCHAR(64),
    verification_expires_at    TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at            TIMESTAMP WITH TIME ZONE,
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_user_account_email UNIQUE (email)
);
CREATE INDEX ix_user_account_verification ON user_account (verification_token_sha256);

CREATE TABLE mail_message (
    id               BIGINT        NOT NULL PRIMARY KEY,
    dedup_key        VARCHAR(200)  NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    CONSTRAINT uq_mail_message_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_mail_message_due ON mail_message (status, next_attempt_at);

CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(254)  NOT NULL,
    action          VARCHAR(60)   NOT NULL,
    subject         VARCHAR(200),
    detail          VARCHAR(2000),
    client_address  VARCHAR(64)
);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
