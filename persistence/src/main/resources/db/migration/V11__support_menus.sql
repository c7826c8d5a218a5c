-- SUPPORT-6: menus with a limited number of places per programme, and requests for places.
CREATE SEQUENCE support_menu_seq START WITH 100 INCREMENT BY 1;
CREATE SEQUENCE menu_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE support_menu (
    id            BIGINT        NOT NULL PRIMARY KEY,
    programme_id  BIGINT        NOT NULL REFERENCES programme (id),
    name_ja       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    places        INTEGER       NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL
);

CREATE TABLE menu_request (
    id                BIGINT        NOT NULL PRIMARY KEY,
    menu_id           BIGINT        NOT NULL REFERENCES support_menu (id),
    case_id           BIGINT        NOT NULL REFERENCES support_case (id),
    company_name      VARCHAR(200)  NOT NULL,
    cumulative_years  INTEGER       NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    requested_by      VARCHAR(254)  NOT NULL,
    requested_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        VARCHAR(254),
    decided_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_menu_request_menu_state ON menu_request (menu_id, state);

-- The 2026 menus (programme data; ADMIN adds more).
INSERT INTO support_menu (id, programme_id, name_ja, name_en, places, version) VALUES
 (1, 1, 'オンラインジョブフェアでのプレゼンテーション支援', 'Presentation support at the online job fair', 30, 0),
 (2, 1, '専門家（スペシャリスト）による個別相談', 'Individual consultation with a specialist', 60, 0),
 (3, 1, '定着セミナー', 'Retention seminar', 100, 0);
