-- Bulk imports run as jobs (org.mediationdesk.imports, docs/ui.md "Bulk import"). The upload is kept here,
-- not on a node's disk, so whichever node claims the job can read it: a node claims a QUEUED job, or a
-- RUNNING one whose heartbeat is older than mediationdesk.imports.stale-after (its node stopped), by a
-- conditional UPDATE, and every row's registration commits together with the job's counters, guarded by
-- claimed_by: a job resumes after the last committed row, and a node that lost its claim rolls back.
-- After max-attempts claims it ends INTERRUPTED instead. The upload and the refused rows (cells as typed,
-- ID numbers too) are deleted when the job ends; finished jobs are deleted after a day.
CREATE TABLE import_job (
    id                CHAR(36)     NOT NULL PRIMARY KEY,
    uploaded_by       VARCHAR(64)  NOT NULL,
    filename          VARCHAR(255) NOT NULL,
    locale            VARCHAR(16)  NOT NULL,
    state             VARCHAR(16)  NOT NULL,
    claimed_by        VARCHAR(100) NULL,
    attempts          INT          NOT NULL,
    rows_total        INT          NOT NULL,
    rows_read         INT          NOT NULL,
    last_row          INT          NOT NULL,
    rows_registered   INT          NOT NULL,
    rows_already      INT          NOT NULL,
    rows_refused      INT          NOT NULL,
    error_workbook_id CHAR(36)     NULL,
    created_at        DATETIME(3)  NOT NULL,
    heartbeat_at      DATETIME(3)  NOT NULL,
    finished_at       DATETIME(3)  NULL,
    upload            LONGBLOB     NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_import_job_state ON import_job (state, heartbeat_at);
CREATE INDEX ix_import_job_uploader ON import_job (uploaded_by, created_at);

-- A refused row of a running job: its Excel row number, its cells (JSON array of the texts as read) and its
-- problems (JSON array of {column, message}), for the error workbook written when the job ends.
CREATE TABLE import_job_refused_row (
    job_id     CHAR(36)   NOT NULL,
    excel_row  INT        NOT NULL,
    cells      MEDIUMTEXT NOT NULL,
    problems   MEDIUMTEXT NOT NULL,
    PRIMARY KEY (job_id, excel_row)
) DEFAULT CHARSET = utf8mb4;
