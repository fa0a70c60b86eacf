-- What-if simulations of rule set versions run as jobs (docs/rules.md). A job runs on the node that
-- started it, but its state, progress and report are here, so whichever node a load balancer sends
-- the polling page or a cancellation to can answer. running_author holds the author while the job
-- runs and is NULL once it ends: its unique key lets an author run one simulation at a time across
-- nodes. heartbeat_at moves with progress; a job whose node stopped is failed once it is stale.
-- report: the finished report as gzip-compressed JSON. Finished jobs are deleted after a day
-- (mediationdesk.rulesets.simulation-keep).
CREATE TABLE rule_simulation_job (
    id               CHAR(36)     NOT NULL PRIMARY KEY,
    version_id       BIGINT       NOT NULL,
    started_by       VARCHAR(64)  NOT NULL,
    running_author   VARCHAR(64)  NULL,
    state            VARCHAR(16)  NOT NULL,
    cancel_requested BOOLEAN      NOT NULL,
    period_from      DATE         NOT NULL,
    period_to        DATE         NOT NULL,
    counties         VARCHAR(500) NULL,
    cases_total      INT          NOT NULL,
    cases_done       INT          NOT NULL,
    started_at       DATETIME(3)  NOT NULL,
    heartbeat_at     DATETIME(3)  NOT NULL,
    finished_at      DATETIME(3)  NULL,
    report           LONGBLOB     NULL,
    CONSTRAINT fk_rule_simulation_job_version FOREIGN KEY (version_id) REFERENCES rule_set_version (id)
) DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX ux_rule_simulation_job_running ON rule_simulation_job (running_author);
CREATE INDEX ix_rule_simulation_job_state ON rule_simulation_job (state, heartbeat_at);
CREATE INDEX ix_rule_simulation_job_finished ON rule_simulation_job (finished_at);
