-- COOP-3: surveys that ADMIN sends to the companies of a programme, and their answers.
CREATE SEQUENCE survey_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey (
    id            BIGINT        NOT NULL PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES programme (id),
    title_ja      VARCHAR(200)  NOT NULL,
    title_en      VARCHAR(200)  NOT NULL,
    created_by    VARCHAR(254)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at       TIMESTAMP WITH TIME ZONE
);
CREATE TABLE survey_question (
    survey_id      BIGINT         NOT NULL REFERENCES survey (id),
    question_no    INTEGER        NOT NULL,
    question_type  VARCHAR(20)    NOT NULL,
    text_ja        VARCHAR(500)   NOT NULL,
    text_en        VARCHAR(500)   NOT NULL,
    options_ja     VARCHAR(2000),
    options_en     VARCHAR(2000),
    mandatory      BOOLEAN        NOT NULL,
    PRIMARY KEY (survey_id, question_no)
);
CREATE SEQUENCE survey_recipient_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE survey_recipient (
    id              BIGINT        NOT NULL PRIMARY KEY,
    survey_id       BIGINT        NOT NULL REFERENCES survey (id),
    case_id         BIGINT        NOT NULL REFERENCES support_case (id),
    company_name    VARCHAR(300)  NOT NULL,
    draft_saved_at  TIMESTAMP WITH TIME ZONE,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    reminders       INTEGER       NOT NULL,
    CONSTRAINT uq_survey_recipient UNIQUE (survey_id, case_id)
);
CREATE INDEX ix_survey_recipient_case ON survey_recipient (case_id);
CREATE TABLE survey_answer (
    recipient_id  BIGINT         NOT NULL REFERENCES survey_recipient (id),
    question_no   INTEGER        NOT NULL,
    choices       VARCHAR(200),
    rating        INTEGER,
    answer_text   VARCHAR(2000),
    PRIMARY KEY (recipient_id, question_no)
);
