-- Login-failure handling (等保2.0 三级 登录失败处理): failures counted per account name and per address,
-- the lock each earns, and a record of sign-ins, failures, locks and unlocks for administrators.
CREATE TABLE sign_in_limit (
    subject_kind      VARCHAR(8)   NOT NULL,
    subject           VARCHAR(128) NOT NULL,
    failures          INT          NOT NULL,
    window_started_at DATETIME(3)  NOT NULL,
    locked_until      DATETIME(3)  NULL,
    PRIMARY KEY (subject_kind, subject)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE sign_in_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(3)  NOT NULL,
    username    VARCHAR(128) NOT NULL,
    address     VARCHAR(64)  NULL,
    channel     VARCHAR(8)   NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    actor       VARCHAR(64)  NULL
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_sign_in_event_time ON sign_in_event (occurred_at);
CREATE INDEX ix_sign_in_event_user ON sign_in_event (username, occurred_at);
