-- ADMIN's own wording of e-mails, per template and language, replacing the built-in texts.
CREATE SEQUENCE mail_template_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE mail_template (
    id            BIGINT         NOT NULL PRIMARY KEY,
    template_key  VARCHAR(40)    NOT NULL,
    language      VARCHAR(5)     NOT NULL,
    subject       VARCHAR(300)   NOT NULL,
    body          VARCHAR(10000) NOT NULL,
    updated_by    VARCHAR(254)   NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_mail_template UNIQUE (template_key, language)
);
