-- Second factor for local sign-in (等保2.0 三级: two-factor authentication for administrators): a TOTP
-- secret per user (RFC 6238), confirmed once the user has entered a first code, the last time step
-- used (a code counts once), and one-time recovery codes, kept only as BCrypt hashes.
CREATE TABLE user_second_factor (
    user_id        BIGINT      NOT NULL PRIMARY KEY,
    secret         VARCHAR(64) NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    confirmed_at   DATETIME(3) NULL,
    last_used_step BIGINT      NULL,
    CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_recovery_code (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT       NOT NULL,
    code_hash VARCHAR(100) NOT NULL,
    used_at   DATETIME(3)  NULL,
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_recovery_code_user ON user_recovery_code (user_id);
