-- An applicant moves their sign-in to another e-mail address: the address asked for, the SHA-256
-- of the one-time link's token mailed to it (never the token itself) and when the link stops
-- working (it was sent one validity before; at most one every five minutes).
ALTER TABLE user_account ADD COLUMN pending_email VARCHAR(254);
ALTER TABLE user_account ADD COLUMN email_change_sha256 VARCHAR(64);
ALTER TABLE user_account ADD COLUMN email_change_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_user_account_email_change ON user_account (email_change_sha256);

-- The addresses accounts signed in with before they moved: each stays its account's for good, so
-- an address names one account forever (no other registration or change may take it).
CREATE TABLE retired_email (
    email       VARCHAR(254) NOT NULL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES user_account (id),
    retired_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
