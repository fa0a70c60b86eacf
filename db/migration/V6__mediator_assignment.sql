-- Who mediates: leave (with an optional stand-in), declared conflicts of interest, when a mediator
-- was last given a case (ties go to whoever waited longest), the mediator the parties chose, and
-- the mediator the rules assigned.

CREATE TABLE mediator_leave (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    stand_in      VARCHAR(64)  NULL,
    reason        VARCHAR(200) NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_leave_mediator FOREIGN KEY (user_id) REFERENCES mediator (user_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mediator_leave_user ON mediator_leave (user_id, starts_on, ends_on);

-- A declared conflict of interest (关系回避): the mediator is related to, or does business with, a person.
CREATE TABLE mediator_conflict (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    party_name      VARCHAR(100) NOT NULL,
    party_id_number VARCHAR(18)  NULL,
    relation        VARCHAR(24)  NOT NULL,
    CONSTRAINT fk_conflict_mediator FOREIGN KEY (user_id) REFERENCES mediator (user_id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mediator_conflict_user ON mediator_conflict (user_id);

ALTER TABLE mediator ADD COLUMN last_assigned_at DATETIME(3) NULL;
ALTER TABLE dispute_case ADD COLUMN chosen_mediator VARCHAR(64) NULL;
ALTER TABLE dispute_case ADD COLUMN mediator VARCHAR(64) NULL;

CREATE INDEX ix_dispute_case_mediator ON dispute_case (mediator, status);
