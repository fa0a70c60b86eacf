-- Rules decide risk, routing and deadlines; one row per decision records the rules that fired (in
-- order, one per line), a summary of the facts they saw, the outcome and the rule set's version.
-- A decision whose rules failed at run time keeps the error, for managers and rule authors to see.

CREATE TABLE decision_record (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    decision_kind    VARCHAR(16)   NOT NULL,
    rules_fired      VARCHAR(2000) NOT NULL,
    facts_summary    VARCHAR(1000) NOT NULL,
    outcome          VARCHAR(200)  NOT NULL,
    rule_set_version VARCHAR(64)   NOT NULL,
    error            VARCHAR(1000) NULL,
    decided_at       DATETIME(3)   NOT NULL,
    CONSTRAINT fk_decision_record_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_decision_record_case ON decision_record (case_id, id);

INSERT INTO decision_record (case_id, decision_kind, rules_fired, facts_summary, outcome, rule_set_version, decided_at)
SELECT case_id, decision_kind, rule_name, '', outcome, rule_set_version, decided_at FROM case_decision;

DROP TABLE case_decision;

-- What intake records for the risk rules: indicators ticked at intake, the court stage of a
-- court referral, and each party's vulnerabilities. The rules' verdict is kept on the case.
ALTER TABLE dispute_case ADD COLUMN risk_indicators VARCHAR(100) NULL;
ALTER TABLE dispute_case ADD COLUMN court_stage VARCHAR(24) NULL;
ALTER TABLE dispute_case ADD COLUMN risk_level VARCHAR(16) NULL;
ALTER TABLE dispute_case ADD COLUMN risk_flags VARCHAR(200) NULL;
ALTER TABLE case_party ADD COLUMN vulnerabilities VARCHAR(64) NULL;

CREATE INDEX ix_case_party_name_phone ON case_party (name, phone);

-- The deadlines the rules set, in working days; the process turns them into dates with the calendar.
ALTER TABLE dispute_case ADD COLUMN acceptance_working_days INT NULL;
ALTER TABLE dispute_case ADD COLUMN mediation_working_days INT NULL;
