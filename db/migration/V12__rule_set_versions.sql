-- Rule set versions. Each version holds every file of the rule set (the DRL files and the scenario
-- tables) as it was; only a DRAFT's files change. Exactly one version is PUBLISHED: the one that
-- rule_set_publication points at, which every node polls. RETIRED versions that were once
-- published (published_at set) can be rolled back to.

CREATE TABLE rule_set_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    status       VARCHAR(16)  NOT NULL,
    based_on     BIGINT       NULL,
    checksum     CHAR(64)     NOT NULL,
    author       VARCHAR(64)  NOT NULL,
    note         VARCHAR(500) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    submitted_by VARCHAR(64)  NULL,
    submitted_at DATETIME(3)  NULL,
    published_at DATETIME(3)  NULL
) DEFAULT CHARSET = utf8mb4;

CREATE TABLE rule_set_file (
    version_id BIGINT       NOT NULL,
    path       VARCHAR(200) NOT NULL,
    content    MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (version_id, path),
    CONSTRAINT fk_rule_set_file_version FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
) DEFAULT CHARSET = utf8mb4;

-- Who did what to a version, when, and why: created, edited, submitted, published (with the
-- approver), rolled back to, retired, discarded.
CREATE TABLE rule_set_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version_id BIGINT       NOT NULL,
    action     VARCHAR(16)  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    note       VARCHAR(500) NULL,
    acted_at   DATETIME(3)  NOT NULL,
    CONSTRAINT fk_rule_set_audit_version FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_rule_set_audit_version ON rule_set_audit (version_id, id);

-- One row: the published version. Publishing locks it (SELECT ... FOR UPDATE), so two approvals
-- cannot both win; nodes poll it to notice a new version.
CREATE TABLE rule_set_publication (
    id           INT         NOT NULL PRIMARY KEY,
    version_id   BIGINT      NULL,
    published_at DATETIME(3) NULL,
    CONSTRAINT fk_rule_set_publication_version FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
) DEFAULT CHARSET = utf8mb4;

INSERT INTO rule_set_publication (id, version_id, published_at) VALUES (1, NULL, NULL);
