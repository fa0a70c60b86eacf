-- Files attached to a case (issue 18): evidence, ID papers, the signed scans of the documents the
-- system generated (signs_document: the document's kind code, signs_session: which session record),
-- photos. A withdrawn file keeps its row and its bytes for the archive; only withdrawn_* are set.
-- The bytes live in case_attachment_chunk (storage DATABASE) or in an S3-compatible bucket
-- (storage S3, storage_key the object's key): docs/process.md, "Attachments".
CREATE TABLE case_attachment (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    case_id          BIGINT       NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    media_type       VARCHAR(100) NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    category         VARCHAR(32)  NOT NULL,
    signs_document   VARCHAR(32)  NULL,
    signs_session    INT          NULL,
    case_status      VARCHAR(32)  NOT NULL,
    storage          VARCHAR(16)  NOT NULL,
    storage_key      VARCHAR(255) NULL,
    uploaded_by      VARCHAR(64)  NOT NULL,
    uploaded_at      DATETIME(3)  NOT NULL,
    withdrawn_by     VARCHAR(64)  NULL,
    withdrawn_at     DATETIME(3)  NULL,
    withdrawn_reason VARCHAR(500) NULL,
    CONSTRAINT fk_case_attachment_case FOREIGN KEY (case_id) REFERENCES dispute_case (id),
    CONSTRAINT uq_case_attachment_storage_key UNIQUE (storage_key)
) DEFAULT CHARSET = utf8mb4;
CREATE INDEX ix_case_attachment_case ON case_attachment (case_id, id);

-- The bytes of a file stored in the database, in chunks of at most 1 MiB, so that no statement carries
-- more than MySQL's max_allowed_packet allows and a download never holds more than a chunk in memory.
CREATE TABLE case_attachment_chunk (
    attachment_id BIGINT     NOT NULL,
    seq           INT        NOT NULL,
    data          MEDIUMBLOB NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_case_attachment_chunk FOREIGN KEY (attachment_id) REFERENCES case_attachment (id)
);
