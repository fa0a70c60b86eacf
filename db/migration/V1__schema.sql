-- MediationDesk schema. Runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode.
-- Codes are stable identifiers; *_zh / *_en are display names (Chinese first).

CREATE TABLE region (
    code         VARCHAR(12)  NOT NULL PRIMARY KEY,
    parent_code  VARCHAR(12)  NULL,
    region_level VARCHAR(16)  NOT NULL,
    name_zh      VARCHAR(64)  NOT NULL,
    name_en      VARCHAR(64)  NOT NULL,
    case_prefix  VARCHAR(4)   NULL,
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_code) REFERENCES region (code),
    CONSTRAINT uq_region_case_prefix UNIQUE (case_prefix)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE dispute_type (
    code       VARCHAR(32) NOT NULL PRIMARY KEY,
    name_zh    VARCHAR(32) NOT NULL,
    name_en    VARCHAR(64) NOT NULL,
    sort_order INT         NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE agency (
    code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(64)  NOT NULL,
    name_en VARCHAR(128) NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE centre (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL,
    name_zh     VARCHAR(64)  NOT NULL,
    name_en     VARCHAR(128) NOT NULL,
    region_code VARCHAR(12)  NOT NULL,
    parent_code VARCHAR(32)  NULL,
    industry    VARCHAR(32)  NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_centre_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_centre_parent FOREIGN KEY (parent_code) REFERENCES centre (code),
    CONSTRAINT fk_centre_industry FOREIGN KEY (industry) REFERENCES dispute_type (code)
) DEFAULT CHARSET = utf8mb4;

-- Townships an industry or police-station centre covers beyond its own seat.
CREATE TABLE centre_service_area (
    centre_code VARCHAR(32) NOT NULL,
    region_code VARCHAR(12) NOT NULL,
    PRIMARY KEY (centre_code, region_code),
    CONSTRAINT fk_service_area_centre FOREIGN KEY (centre_code) REFERENCES centre (code),
    CONSTRAINT fk_service_area_region FOREIGN KEY (region_code) REFERENCES region (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE centre_agency (
    centre_code VARCHAR(32) NOT NULL,
    agency_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (centre_code, agency_code),
    CONSTRAINT fk_centre_agency_centre FOREIGN KEY (centre_code) REFERENCES centre (code),
    CONSTRAINT fk_centre_agency_agency FOREIGN KEY (agency_code) REFERENCES agency (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE app_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    centre_code   VARCHAR(32)  NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_centre FOREIGN KEY (centre_code) REFERENCES centre (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE user_role (
    user_id   BIGINT      NOT NULL,
    role_code VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role_code),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE mediator (
    user_id  BIGINT  NOT NULL PRIMARY KEY,
    case_cap INT     NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_mediator_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE mediator_specialty (
    user_id           BIGINT      NOT NULL,
    dispute_type_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, dispute_type_code),
    CONSTRAINT fk_specialty_mediator FOREIGN KEY (user_id) REFERENCES mediator (user_id),
    CONSTRAINT fk_specialty_type FOREIGN KEY (dispute_type_code) REFERENCES dispute_type (code)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE dispute_case (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_number       VARCHAR(32)    NOT NULL,
    dispute_type_code VARCHAR(32)    NOT NULL,
    source            VARCHAR(24)    NOT NULL,
    county_code       VARCHAR(12)    NOT NULL,
    township_code     VARCHAR(12)    NOT NULL,
    village           VARCHAR(64)    NULL,
    description       VARCHAR(2000)  NOT NULL,
    occurred_on       DATE           NOT NULL,
    people_involved   INT            NOT NULL,
    amount_in_dispute DECIMAL(14, 2) NULL,
    status            VARCHAR(32)    NOT NULL,
    centre_code       VARCHAR(32)    NULL,
    process_instance_id VARCHAR(64)  NULL,
    registered_by     VARCHAR(64)    NOT NULL,
    registered_at     DATETIME(3)    NOT NULL,
    CONSTRAINT uq_dispute_case_number UNIQUE (case_number),
    CONSTRAINT fk_case_type FOREIGN KEY (dispute_type_code) REFERENCES dispute_type (code),
    CONSTRAINT fk_case_county FOREIGN KEY (county_code) REFERENCES region (code),
    CONSTRAINT fk_case_township FOREIGN KEY (township_code) REFERENCES region (code),
    CONSTRAINT fk_case_centre FOREIGN KEY (centre_code) REFERENCES centre (code)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_dispute_case_centre_status ON dispute_case (centre_code, status);

CREATE TABLE case_party (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id   BIGINT       NOT NULL,
    seq       INT          NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    id_number VARCHAR(18)  NULL,
    phone     VARCHAR(20)  NULL,
    CONSTRAINT fk_party_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_party_case ON case_party (case_id);
CREATE INDEX ix_case_party_id_number ON case_party (id_number);

-- Audit trail: every change of a case, who made it and why.
CREATE TABLE case_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT        NOT NULL,
    occurred_at DATETIME(3)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    event_type  VARCHAR(32)   NOT NULL,
    from_status VARCHAR(32)   NULL,
    to_status   VARCHAR(32)   NULL,
    note        VARCHAR(1000) NULL,
    CONSTRAINT fk_event_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_event_case ON case_event (case_id, id);

-- What the rules decided for a case: one row per rule that fired, with the rule set it came from.
CREATE TABLE case_decision (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    decision_kind    VARCHAR(16)  NOT NULL,
    rule_name        VARCHAR(255) NOT NULL,
    outcome          VARCHAR(64)  NOT NULL,
    rule_set_version VARCHAR(64)  NOT NULL,
    decided_at       DATETIME(3)  NOT NULL,
    CONSTRAINT fk_decision_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_decision_case ON case_decision (case_id, id);

CREATE TABLE case_number_sequence (
    county_code VARCHAR(12) NOT NULL,
    case_year   INT         NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (county_code, case_year),
    CONSTRAINT fk_sequence_county FOREIGN KEY (county_code) REFERENCES region (code)
) DEFAULT CHARSET = utf8mb4;

-- A client's Idempotency-Key, so a retried registration returns the case it already created.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(128) NOT NULL PRIMARY KEY,
    request_hash    CHAR(64)     NOT NULL,
    case_id         BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT fk_idempotency_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;
