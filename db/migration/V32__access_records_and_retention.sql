-- Access records (个人信息处理记录, docs/privacy.md): one row each time a user sees parties' unmasked data,
-- downloads a document naming parties, exports a case list, runs a simulation over past cases, or a case's
-- personal data is de-identified. The application only inserts and reads them (AccessRecordMapper); the
-- purge (AccessRecordPurge) deletes rows older than mediationdesk.privacy.access-records-keep (≥ 3 years).
CREATE TABLE access_record (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(3)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    address     VARCHAR(64)  NULL,
    action      VARCHAR(32)  NOT NULL,
    case_number VARCHAR(32)  NULL,
    subject     VARCHAR(500) NULL,
    case_count  INT          NULL,
    reason      VARCHAR(500) NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_access_record_at ON access_record (occurred_at);
CREATE INDEX ix_access_record_user ON access_record (username, occurred_at);
CREATE INDEX ix_access_record_case ON access_record (case_number, occurred_at);

-- Retention (CaseRetention): when a closed case's personal data was de-identified; the sweep looks for
-- closed cases still holding theirs by closure time.
ALTER TABLE dispute_case ADD COLUMN deidentified_at DATETIME(3) NULL;
CREATE INDEX ix_dispute_case_closed ON dispute_case (closed_at);
