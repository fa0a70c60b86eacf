-- Sessions planned ahead (预约调解): when, where, who is invited. A plan is PLANNED until it is
-- cancelled or recorded as held; the record it became points back to it (case_session.planned_session_id).
CREATE TABLE case_planned_session (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    starts_at         DATETIME(3)  NOT NULL,
    ends_at           DATETIME(3)  NULL,
    place             VARCHAR(100) NOT NULL,
    -- Invitees: party roles (APPLICANT,RESPONDENT,…) and agency codes, comma-separated; others as free text.
    invited_roles     VARCHAR(100) NULL,
    invited_agencies  VARCHAR(500) NULL,
    invited_others    VARCHAR(500) NULL,
    note              VARCHAR(500) NULL,
    status            VARCHAR(16)  NOT NULL,
    planned_by        VARCHAR(64)  NOT NULL,
    planned_at        DATETIME(3)  NOT NULL,
    -- Counts reschedules: a subscribed calendar replaces an event whose SEQUENCE went up.
    revision          INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_planned_session_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_planned_session_case ON case_planned_session (case_id, starts_at);
CREATE INDEX ix_planned_session_start ON case_planned_session (status, starts_at);

ALTER TABLE case_session ADD COLUMN planned_session_id BIGINT NULL;
ALTER TABLE case_session ADD CONSTRAINT fk_session_plan FOREIGN KEY (planned_session_id) REFERENCES case_planned_session (id);

-- A user's calendar subscription (iCalendar feed): only the SHA-256 of the secret token is kept.
CREATE TABLE session_feed_token (
    user_id    BIGINT      NOT NULL PRIMARY KEY,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(3) NOT NULL,
    CONSTRAINT uq_session_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_session_feed_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;
