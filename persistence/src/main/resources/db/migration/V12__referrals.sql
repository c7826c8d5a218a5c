-- SUPPORT-3 referrals to catalogue services, and out-of-scope declines in the work log.
CREATE SEQUENCE referral_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE referral (
    id            BIGINT        NOT NULL PRIMARY KEY,
    case_id       BIGINT        NOT NULL REFERENCES support_case (id),
    service_id    BIGINT        NOT NULL REFERENCES service_offering (id),
    service_name  VARCHAR(200)  NOT NULL,
    paid          BOOLEAN       NOT NULL,
    note          VARCHAR(1000),
    outcome       VARCHAR(20)   NOT NULL,
    referred_by   VARCHAR(254)  NOT NULL,
    referred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_referral_case ON referral (case_id);
ALTER TABLE support_activity ADD COLUMN out_of_scope VARCHAR(30);
