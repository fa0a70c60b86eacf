-- The public side (公众端, issue 20 part 2, docs/integrations.md "Public side"): parties verify a phone by a
-- one-time code, apply online, look their case up and rate it after closure.

-- A verification code is a text message without a case: the number it goes to is kept sealed beside it (a party's
-- number is read from case_party instead) and, with the sealed parameters, blanked once the message is final.
ALTER TABLE message_outbox MODIFY COLUMN case_id BIGINT NULL;
ALTER TABLE message_outbox MODIFY COLUMN centre_code VARCHAR(32) NULL;
ALTER TABLE message_outbox ADD COLUMN sealed_address VARCHAR(200) NULL;

-- One-time codes: only a keyed hash of the code; phone_key is the phone's blind index. A new code for a phone
-- supersedes the open ones; a code is spent by its right answer or by its fifth wrong one.
CREATE TABLE public_phone_code (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phone_key   CHAR(64)    NOT NULL,
    code_hash   CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    wrong_tries INT         NOT NULL,
    closed_at   DATETIME(3) NULL,
    closed_why  VARCHAR(16) NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_public_phone_code_phone ON public_phone_code (phone_key, id);

-- Attempts counted for the rate limits, on every node alike: code requests per phone and per client address
-- (subject_key: the keyed hash of either), and wrong codes per phone. Rows older than a day are deleted.
CREATE TABLE public_attempt (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(24) NOT NULL,
    subject_key CHAR(64)    NOT NULL,
    at          DATETIME(3) NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_public_attempt_subject ON public_attempt (kind, subject_key, at);

-- A picture challenge (digits drawn on the server): only the keyed hash of its answer; answered once.
CREATE TABLE public_challenge (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token       CHAR(32)    NOT NULL,
    answer_hash CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    used_at     DATETIME(3) NULL,
    CONSTRAINT uq_public_challenge_token UNIQUE (token)
) DEFAULT CHARSET = utf8mb4;

-- An online application: the case it became and the submission key of its form, so a second click of the same
-- form finds the same case (the key is unique per verified phone).
CREATE TABLE public_application (
    case_number    VARCHAR(32) NOT NULL PRIMARY KEY,
    phone_key      CHAR(64)    NOT NULL,
    submission_key VARCHAR(64) NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    CONSTRAINT uq_public_application_key UNIQUE (phone_key, submission_key)
) DEFAULT CHARSET = utf8mb4;

-- A party's rating of a closed case's mediation, once per party.
CREATE TABLE case_party_rating (
    case_id   BIGINT        NOT NULL,
    party_id  BIGINT        NOT NULL,
    score     INT           NOT NULL,
    comment   VARCHAR(500)  NULL,
    rated_at  DATETIME(3)   NOT NULL,
    PRIMARY KEY (case_id, party_id),
    CONSTRAINT fk_rating_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT fk_rating_party FOREIGN KEY (party_id) REFERENCES case_party (id)
) DEFAULT CHARSET = utf8mb4;
