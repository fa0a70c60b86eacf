-- Exchange with courts and police (issue 20, part 4; docs/integrations.md, "Court and police exchange").

-- A case a court entrusted to a centre (诉前委派/委托调解): the court's own case number is a field of its own,
-- and one court case is one of our cases (the unique key makes a court's resend find the case it created).
CREATE TABLE court_entrustment (
    case_id           BIGINT       NOT NULL PRIMARY KEY,
    court_code        VARCHAR(32)  NOT NULL,
    court_name        VARCHAR(100) NOT NULL,
    court_case_number VARCHAR(64)  NOT NULL,
    court_stage       VARCHAR(32)  NOT NULL,
    entrusted_on      DATE         NOT NULL,
    received_by       VARCHAR(64)  NOT NULL,
    received_at       DATETIME(3)  NOT NULL,
    CONSTRAINT uq_court_entrustment UNIQUE (court_code, court_case_number),
    CONSTRAINT fk_court_entrustment_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

-- Who receives the signed event feed: a court, the police, the provincial platform. The secret signs each
-- delivery (HMAC-SHA256); event_types is a comma-separated list of CaseMilestone kinds.
CREATE TABLE webhook_subscription (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    url         VARCHAR(500) NOT NULL,
    secret      VARCHAR(128) NOT NULL,
    event_types VARCHAR(300) NOT NULL,
    court_code  VARCHAR(32),
    active      BOOLEAN      NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  DATETIME(3)  NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- The outbox: one row per event and subscription, written in the case's transaction and sent by whichever
-- node leases it (lease_owner, lease_until); DEAD after the last attempt failed, until an administrator replays it.
CREATE TABLE webhook_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscription_id BIGINT        NOT NULL,
    event_id        CHAR(36)      NOT NULL,
    event_type      VARCHAR(32)   NOT NULL,
    case_id         BIGINT        NOT NULL,
    payload         VARCHAR(2000) NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    lease_owner     VARCHAR(64),
    lease_until     DATETIME(3),
    last_status     INT,
    last_error      VARCHAR(500),
    created_at      DATETIME(3)   NOT NULL,
    delivered_at    DATETIME(3),
    CONSTRAINT fk_webhook_delivery_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id),
    CONSTRAINT fk_webhook_delivery_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (state, next_attempt_at);
