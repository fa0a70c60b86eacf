-- An Idempotency-Key belongs to the user who sent it: another user's same key is a new registration,
-- never the first user's case (nor a 403 that tells the key exists).
CREATE TABLE registration_key (
    owner           VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    request_hash    CHAR(64)     NOT NULL,
    case_id         BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (owner, idempotency_key),
    CONSTRAINT fk_registration_key_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO registration_key (owner, idempotency_key, request_hash, case_id, created_at)
SELECT c.registered_by, k.idempotency_key, k.request_hash, k.case_id, k.created_at
FROM idempotency_key k JOIN dispute_case c ON c.id = k.case_id;

DROP TABLE idempotency_key;
