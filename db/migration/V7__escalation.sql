-- Each escalation action happens once per case and level; the primary key makes that hold even
-- when several nodes sweep at the same time (the second insert fails and the action is skipped).
CREATE TABLE case_escalation (
    case_id    BIGINT       NOT NULL,
    action     VARCHAR(32)  NOT NULL,
    colour     VARCHAR(8)   NOT NULL,
    done_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (case_id, action),
    CONSTRAINT fk_escalation_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

-- When the running deadline's clock started (routing or acceptance), for the share of time used.
ALTER TABLE dispute_case ADD COLUMN clock_started_at DATETIME(3) NULL;
