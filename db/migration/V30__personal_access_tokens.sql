-- Personal access tokens for API clients (an integration need not send a password on every call): only
-- a SHA-256 of each token is kept (a token is 32 random bytes, so a fast hash is enough and no BCrypt
-- runs per call); shown once, named, with an expiry, revocable.
CREATE TABLE personal_access_token (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT      NOT NULL,
    name         VARCHAR(64) NOT NULL,
    token_hash   CHAR(64)    NOT NULL,
    token_prefix VARCHAR(12) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    expires_at   DATETIME(3) NOT NULL,
    last_used_at DATETIME(3) NULL,
    revoked_at   DATETIME(3) NULL,
    CONSTRAINT uq_personal_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_personal_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_personal_access_token_user ON personal_access_token (user_id);
