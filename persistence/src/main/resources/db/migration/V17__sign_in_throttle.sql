-- ASVS 2.2.1: failed sign-ins counted per e-mail address and per client address (SignInThrottle).
CREATE SEQUENCE sign_in_failure_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE sign_in_failure (
    id              BIGINT        NOT NULL PRIMARY KEY,
    account_key     VARCHAR(254)  NOT NULL,
    client_address  VARCHAR(64)   NOT NULL,
    failed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_account ON sign_in_failure (account_key, failed_at);
CREATE INDEX sign_in_failure_address ON sign_in_failure (client_address, failed_at);
