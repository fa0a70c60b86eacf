-- The error workbooks of bulk imports (org.mediationdesk.imports): the rejected rows of an upload, as
-- typed, for the uploader to download, correct and upload again. Here rather than in a node's memory
-- so the download may reach any node. workbook: the .xlsx as served (already a ZIP, so not compressed
-- again). It holds whole rows, ID numbers and phones included, so a row lives only until expires_at
-- (mediationdesk.imports.error-workbook-keep, two hours by default): reads ignore it after that, and
-- every node's sweep deletes it.
CREATE TABLE import_error_workbook (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    uploaded_by VARCHAR(64) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    workbook    LONGBLOB    NOT NULL
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_import_error_workbook_expires ON import_error_workbook (expires_at);
