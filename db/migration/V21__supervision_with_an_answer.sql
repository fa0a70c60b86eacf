-- 督办 with an answer: the city centre above the county centres, and one row per round of supervision.
INSERT INTO centre (code, kind, name_zh, name_en, region_code, parent_code, industry) VALUES
    ('HZ-CITY', 'CITY', '湖州市社会矛盾纠纷调处化解中心', 'Huzhou City Dispute Mediation Centre', '330500', NULL, NULL);
UPDATE centre SET parent_code = 'HZ-CITY' WHERE kind = 'COUNTY' AND region_code LIKE '3305%';

-- A round: requested at a level, handed to the first level up with a manager (skipped names those
-- without), instructed there, answered by the case's centre, or lapsed and raised one level up.
CREATE TABLE case_supervision (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id            BIGINT        NOT NULL,
    reason             VARCHAR(32)   NOT NULL,
    level              VARCHAR(16)   NOT NULL,
    supervising_centre VARCHAR(32)   NULL,
    skipped_centres    VARCHAR(200)  NULL,
    raised_from        BIGINT        NULL,
    opened_at          DATETIME(3)   NOT NULL,
    instruction        VARCHAR(1000) NULL,
    lead_official      VARCHAR(64)   NULL,
    instructed_by      VARCHAR(64)   NULL,
    instructed_at      DATETIME(3)   NULL,
    answer_due         DATETIME(3)   NULL,
    answer             VARCHAR(2000) NULL,
    answered_by        VARCHAR(64)   NULL,
    answered_at        DATETIME(3)   NULL,
    lapsed_at          DATETIME(3)   NULL,
    CONSTRAINT fk_supervision_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT fk_supervision_centre FOREIGN KEY (supervising_centre) REFERENCES centre (code),
    CONSTRAINT fk_supervision_raised_from FOREIGN KEY (raised_from) REFERENCES case_supervision (id)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_supervision_case ON case_supervision (case_id);
CREATE INDEX ix_supervision_open ON case_supervision (answered_at, lapsed_at);
