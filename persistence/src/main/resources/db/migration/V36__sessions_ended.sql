-- Ending an account's sessions on every node (password changed or reset, account disabled): the
-- number of times they were ended (a session remembers it at sign-in and ends when the account's
-- is higher) and when, so each node reads only the accounts ended since it last looked.
ALTER TABLE user_account ADD COLUMN session_generation INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN sessions_ended_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_user_account_sessions_ended ON user_account (sessions_ended_at);
