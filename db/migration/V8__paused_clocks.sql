-- The mediation deadline pauses while the case waits on something outside the centre; paused
-- working days are added to the deadline on resumption. One extension, with a reason, is allowed.
CREATE TABLE case_clock_pause (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    reason      VARCHAR(24)   NOT NULL,
    note        VARCHAR(500)  NULL,
    paused_by   VARCHAR(64)   NOT NULL,
    paused_at   DATETIME(3)   NOT NULL,
    resumed_by  VARCHAR(64)   NULL,
    resumed_at  DATETIME(3)   NULL,
    working_days INT          NULL,
    CONSTRAINT fk_pause_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_clock_pause_case ON case_clock_pause (case_id, id);

ALTER TABLE dispute_case ADD COLUMN paused_since DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN paused_working_days INT NOT NULL DEFAULT 0;
ALTER TABLE dispute_case ADD COLUMN extension_working_days INT NULL;
