-- Parties' ID numbers and phones encrypted at rest (org.mediationdesk.privacy, docs/privacy.md).
-- id_number, phone and party_id_number now hold "k<version>:<base64 of nonce, ciphertext and tag>";
-- pii_key_version is the key version of the row's values, NULL while they are still the plain text
-- written before this version: the resealing job (PersonalDataResealing) encrypts those in batches
-- after start, and re-encrypts rows under an older key after a rotation. The *_lookup columns are
-- blind indexes (HMAC-SHA256 of the normalised value under a separate key) for exact lookups; the
-- plain values' indexes go.
ALTER TABLE case_party MODIFY COLUMN id_number VARCHAR(120) NULL;
ALTER TABLE case_party MODIFY COLUMN phone VARCHAR(120) NULL;
ALTER TABLE case_party ADD COLUMN id_number_lookup CHAR(64) NULL;
ALTER TABLE case_party ADD COLUMN phone_lookup CHAR(64) NULL;
ALTER TABLE case_party ADD COLUMN pii_key_version INT NULL;
DROP INDEX ix_case_party_id_number ON case_party;
DROP INDEX ix_case_party_name_phone ON case_party;
CREATE INDEX ix_case_party_id_number_lookup ON case_party (id_number_lookup);
CREATE INDEX ix_case_party_phone_lookup ON case_party (phone_lookup);
CREATE INDEX ix_case_party_key_version ON case_party (pii_key_version);

ALTER TABLE mediator_conflict MODIFY COLUMN party_id_number VARCHAR(120) NULL;
ALTER TABLE mediator_conflict ADD COLUMN pii_key_version INT NULL;
CREATE INDEX ix_mediator_conflict_key_version ON mediator_conflict (pii_key_version);

-- One row per key the application has used: a known text sealed under it (purpose SEAL), or the
-- blind-index key's HMAC of a known text (purpose INDEX). A node refuses to start when a configured
-- key does not reproduce its row. The keys themselves are never stored here.
CREATE TABLE personal_data_key (
    purpose     VARCHAR(8)   NOT NULL,
    version     INT          NOT NULL,
    algorithm   VARCHAR(16)  NOT NULL,
    check_value VARCHAR(200) NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (purpose, version)
) DEFAULT CHARSET = utf8mb4;

-- The key version new values are written under, the same for every node (one row, id 1).
CREATE TABLE personal_data_active_key (
    id         INT         NOT NULL PRIMARY KEY,
    version    INT         NOT NULL,
    changed_by VARCHAR(64) NOT NULL,
    changed_at DATETIME(3) NOT NULL
) DEFAULT CHARSET = utf8mb4;

-- An Idempotency-Key's request hash is now an HMAC (the blind-index key): a plain SHA-256 of a body
-- holding ID numbers could be reversed by trying every number. The plain hashes go; such a key
-- still replays its case (CaseRegistrationService), only without comparing the body.
UPDATE registration_key SET request_hash = '0000000000000000000000000000000000000000000000000000000000000000';
