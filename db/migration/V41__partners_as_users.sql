-- Partners as users: an agency's staff answer the opinions their agency is asked for (AGENCY users carry
-- the agency they belong to), and grid workers (网格员) report disputes from the street.
ALTER TABLE app_user ADD COLUMN agency_code VARCHAR(32) NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_user_agency FOREIGN KEY (agency_code) REFERENCES agency (code);

-- What a grid worker's report adds to the case it registered: the grid (网格, a name or a code) and where
-- the dispute is, as words or as the browser's coordinates (both optional). The reporter is the case's
-- registered_by.
CREATE TABLE grid_report (
    case_number   VARCHAR(32)   NOT NULL PRIMARY KEY,
    grid          VARCHAR(64)   NOT NULL,
    location_text VARCHAR(200)  NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    CONSTRAINT fk_grid_report_case FOREIGN KEY (case_number) REFERENCES dispute_case (case_number)
) DEFAULT CHARSET = utf8mb4;

-- A police contact's notices and a grid worker's own reports are found by these.
CREATE INDEX ix_dispute_case_police_desk ON dispute_case (police_desk);
CREATE INDEX ix_dispute_case_registered_by ON dispute_case (registered_by, registered_at);
