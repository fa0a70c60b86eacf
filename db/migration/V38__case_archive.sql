-- The archive of a closed case (issue 18): one PDF/A of the whole file, its SHA-256 recorded when it was
-- produced so that a later change to the bytes is detectable. The bytes are kept in chunks of at most
-- 1 MiB, as attachments are: docs/process.md, "Archive (卷宗 PDF/A)".
CREATE TABLE case_archive (
    case_id     BIGINT      NOT NULL PRIMARY KEY,
    size_bytes  BIGINT      NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    produced_at DATETIME(3) NOT NULL,
    CONSTRAINT fk_case_archive_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE case_archive_chunk (
    case_id BIGINT     NOT NULL,
    seq     INT        NOT NULL,
    data    MEDIUMBLOB NOT NULL,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT fk_case_archive_chunk FOREIGN KEY (case_id) REFERENCES case_archive (case_id)
);
