-- 联合调解: the agencies the routing rules say must join a case's mediation, and a manager's waiver of one.
CREATE TABLE case_required_agency (
    case_id       BIGINT       NOT NULL,
    agency_code   VARCHAR(32)  NOT NULL,
    waived_by     VARCHAR(64)  NULL,
    waived_at     DATETIME(3)  NULL,
    waiver_reason VARCHAR(500) NULL,
    PRIMARY KEY (case_id, agency_code),
    CONSTRAINT fk_required_agency_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT fk_required_agency_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
) DEFAULT CHARSET = utf8mb4;
