-- Messages to parties and staff (issue 20, docs/integrations.md "Messages"). A message is written to the
-- outbox in the transaction of the case event that causes it and sent later by whichever node claims it.
-- No address is stored: a party's phone is read (sealed in case_party) and opened only when it is sent,
-- a member of staff's address comes from message_staff_address. recipient_key is the blind index of the
-- number or address it went to (the per-number rate limit counts by it), never the number itself. A node
-- claims a message by setting status SENDING, claimed_by and next_attempt_at to the end of its lease, so
-- one query finds what is due: PENDING whose time has come, and SENDING whose node let the lease run out.
CREATE TABLE message_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    centre_code     VARCHAR(32)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    channel         VARCHAR(32)   NOT NULL,
    party_id        BIGINT        NULL,
    party_role      VARCHAR(16)   NULL,
    username        VARCHAR(64)   NULL,
    params          VARCHAR(2000) NOT NULL,
    urgent          BOOLEAN       NOT NULL,
    dedupe_key      VARCHAR(100)  NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(3)   NOT NULL,
    claimed_by      VARCHAR(64)   NULL,
    recipient_key   VARCHAR(64)   NULL,
    last_error      VARCHAR(500)  NULL,
    created_at      DATETIME(3)   NOT NULL,
    sent_at         DATETIME(3)   NULL,
    CONSTRAINT fk_message_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT uq_message_dedupe UNIQUE (dedupe_key)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_message_due ON message_outbox (status, next_attempt_at);
CREATE INDEX ix_message_case ON message_outbox (case_id, id);
CREATE INDEX ix_message_recipient ON message_outbox (recipient_key, sent_at);

-- A party's choice about text messages; no row: the party receives the service messages of its own case
-- (it gave the phone for them at registration). An opt-out withholds every later message to that party.
CREATE TABLE message_party_consent (
    party_id   BIGINT      NOT NULL PRIMARY KEY,
    sms        BOOLEAN     NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    changed_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_message_consent_party FOREIGN KEY (party_id) REFERENCES case_party (id)
) DEFAULT CHARSET = utf8mb4;

-- Where a member of staff receives their messages by e-mail; set by each user on /account/messages.
CREATE TABLE message_staff_address (
    username   VARCHAR(64)  NOT NULL PRIMARY KEY,
    email      VARCHAR(254) NOT NULL,
    changed_at DATETIME(3)  NOT NULL
) DEFAULT CHARSET = utf8mb4;
