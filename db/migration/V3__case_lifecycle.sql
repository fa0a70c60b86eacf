-- The whole life of a case: deadlines, overdue supervision, sessions, joint mediation with
-- agencies, agreement, judicial confirmation, follow-up visit, referral and closure.

ALTER TABLE dispute_case ADD COLUMN acceptance_due DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN mediation_due DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN overdue_since DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN accepted_at DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN outcome VARCHAR(16) NULL;
ALTER TABLE dispute_case ADD COLUMN outcome_at DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN closure_type VARCHAR(16) NULL;
ALTER TABLE dispute_case ADD COLUMN closed_at DATETIME(3) NULL;
-- Durations kept for reports, in minutes from registration.
ALTER TABLE dispute_case ADD COLUMN minutes_to_acceptance INT NULL;
ALTER TABLE dispute_case ADD COLUMN minutes_to_outcome INT NULL;
ALTER TABLE dispute_case ADD COLUMN minutes_to_closure INT NULL;

CREATE INDEX ix_dispute_case_process ON dispute_case (process_instance_id);

CREATE TABLE case_session (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    held_at     DATETIME(3)   NOT NULL,
    place       VARCHAR(100)  NOT NULL,
    attendees   VARCHAR(500)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    next_step   VARCHAR(500)  NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_session_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_session_case ON case_session (case_id, held_at);

-- An agency asked to join a mediation (联合调解), and what it answered.
CREATE TABLE case_agency_opinion (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT        NOT NULL,
    agency_code  VARCHAR(32)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    requested_by VARCHAR(64)   NOT NULL,
    requested_at DATETIME(3)   NOT NULL,
    due_at       DATETIME(3)   NOT NULL,
    opinion      VARCHAR(2000) NULL,
    answered_by  VARCHAR(64)   NULL,
    answered_at  DATETIME(3)   NULL,
    CONSTRAINT fk_opinion_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT fk_opinion_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_agency_opinion_case ON case_agency_opinion (case_id, status);

-- 调解协议: terms, amount, how and by when performed; then judicial confirmation and follow-up.
CREATE TABLE case_agreement (
    case_id                BIGINT         NOT NULL PRIMARY KEY,
    terms                  VARCHAR(4000)  NOT NULL,
    amount                 DECIMAL(14, 2) NULL,
    performance_deadline   DATE           NOT NULL,
    agreement_form         VARCHAR(16)    NOT NULL,
    confirmation_requested BOOLEAN        NOT NULL,
    recorded_by            VARCHAR(64)    NOT NULL,
    recorded_at            DATETIME(3)    NOT NULL,
    confirmation_decision  VARCHAR(16)    NULL,
    confirmation_court     VARCHAR(100)   NULL,
    confirmation_decided_on DATE          NULL,
    performed              BOOLEAN        NULL,
    applicant_satisfaction INT            NULL,
    respondent_satisfaction INT           NULL,
    follow_up_note         VARCHAR(1000)  NULL,
    followed_up_by         VARCHAR(64)    NULL,
    followed_up_at         DATETIME(3)    NULL,
    CONSTRAINT fk_agreement_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

-- 诉调对接: where a failed or unperformed mediation was referred.
CREATE TABLE case_referral (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    referred_to VARCHAR(16)   NOT NULL,
    body        VARCHAR(100)  NOT NULL,
    note        VARCHAR(1000) NULL,
    recorded_by VARCHAR(64)   NOT NULL,
    recorded_at DATETIME(3)   NOT NULL,
    CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;
