-- A forgotten password: the SHA-256 of the e-mailed one-time link's token (never the token itself),
-- when the link stops working, and when the last link was sent (at most one every five minutes).
ALTER TABLE user_account ADD COLUMN password_reset_sha256 VARCHAR(64);
ALTER TABLE user_account ADD COLUMN password_reset_expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN password_reset_requested_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_user_account_password_reset ON user_account (password_reset_sha256);
