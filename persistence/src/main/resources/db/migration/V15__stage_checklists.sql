-- SUPPORT-5: a checklist per stage of a support case.
CREATE SEQUENCE checklist_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE checklist_item (
    id       BIGINT        NOT NULL PRIMARY KEY,
    case_id  BIGINT        NOT NULL REFERENCES support_case (id),
    stage    INTEGER       NOT NULL,
    text     VARCHAR(300)  NOT NULL,
    done_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_checklist_item_case ON checklist_item (case_id, stage);
