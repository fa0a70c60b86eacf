-- The statistical report as a centre submitted it (org.mediationdesk.reports): one row per submission,
-- the latest of a centre and period being the one in force. workbook: the .xlsx bytes exactly as
-- downloaded then, with their SHA-256 (hex), so a later download of the period returns the same file.
-- received / concluded / resolved: the submitted summary figures, which a county centre's report
-- rolls up for its sub-centres. with_sub_centres: the report covered the centre's whole county.
CREATE TABLE report_submission (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    centre_code      VARCHAR(32) NOT NULL,
    with_sub_centres BOOLEAN     NOT NULL,
    period_from      DATE        NOT NULL,
    period_to        DATE        NOT NULL,
    submitted_by     VARCHAR(64) NOT NULL,
    submitted_at     DATETIME(3) NOT NULL,
    sha256           CHAR(64)    NOT NULL,
    received         BIGINT      NOT NULL,
    concluded        BIGINT      NOT NULL,
    resolved         BIGINT      NOT NULL,
    workbook         LONGBLOB    NOT NULL,
    CONSTRAINT fk_report_submission_centre FOREIGN KEY (centre_code) REFERENCES centre (code)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_report_submission_period ON report_submission (centre_code, period_from, period_to, id);

-- Agencies in the order official returns list them (the order they were entered in), not by code.
ALTER TABLE agency ADD COLUMN sort_order INT NOT NULL DEFAULT 0;
UPDATE agency SET sort_order = 10 WHERE code = 'POLICE';
UPDATE agency SET sort_order = 20 WHERE code = 'JUSTICE_BUREAU';
UPDATE agency SET sort_order = 30 WHERE code = 'COURT';
UPDATE agency SET sort_order = 40 WHERE code = 'LABOUR_ARBITRATION';
UPDATE agency SET sort_order = 50 WHERE code = 'LETTERS_VISITS';
UPDATE agency SET sort_order = 60 WHERE code = 'COMPREHENSIVE_GOVERNANCE';
UPDATE agency SET sort_order = 70 WHERE code = 'FISHERY_ASSOCIATION';
UPDATE agency SET sort_order = 80 WHERE code = 'AGRICULTURE_RURAL';
UPDATE agency SET sort_order = 90 WHERE code = 'MARKET_SUPERVISION';
UPDATE agency SET sort_order = 100 WHERE code = 'NATURAL_RESOURCES';
UPDATE agency SET sort_order = 110 WHERE code = 'HUMAN_RESOURCES';
UPDATE agency SET sort_order = 120 WHERE code = 'WOMENS_FEDERATION';
