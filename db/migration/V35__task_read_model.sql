-- The task lists' read model (org.mediationdesk.tasks.TaskReadModel): one row per open user task of the
-- engine, with the columns of its case a list shows, filters or sorts by. Written by the engine's task
-- listener and before each commit that touched the case, in the same transaction as the engine's own
-- rows; rebuilt from the engine by POST /api/admin/task-read-model/rebuild (and on the first start
-- with an empty table, which fills it for the tasks opened before this version).
-- queued_in: the task's candidate group while no one holds it; overdue_at: from when the row counts as
-- overdue (its due date, or 1970 once the case's deadline marked the case overdue); yellow_at/red_at:
-- from when the escalation rules give the case's running deadline that colour (null: never, or no clock).
CREATE TABLE task_list (
    task_id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64)   NOT NULL,
    case_id             BIGINT        NULL,
    stage               VARCHAR(64)   NOT NULL,
    name                VARCHAR(255)  NULL,
    assignee            VARCHAR(128)  NULL,
    queued_in           VARCHAR(128)  NULL,
    created_at          DATETIME(3)   NOT NULL,
    due_at              DATETIME(3)   NULL,
    agency              VARCHAR(64)   NULL,
    case_number         VARCHAR(32)   NULL,
    case_status         VARCHAR(32)   NULL,
    dispute_type        VARCHAR(32)   NULL,
    centre_code         VARCHAR(32)   NULL,
    police_desk         VARCHAR(32)   NULL,
    overdue_since       DATETIME(3)   NULL,
    overdue_at          DATETIME(3)   NULL,
    clock_running       BOOLEAN       NOT NULL DEFAULT FALSE,
    yellow_at           DATETIME(3)   NULL,
    red_at              DATETIME(3)   NULL,
    applicants          VARCHAR(2000) NULL,
    respondents         VARCHAR(2000) NULL,
    party_names         VARCHAR(4000) NULL,
    risk_level          VARCHAR(16)   NULL,
    risk_flags          VARCHAR(255)  NULL,
    registered_at       DATETIME(3)   NULL
) DEFAULT CHARSET = utf8mb4;

-- Each list in each order: my tasks and a queue, soonest due first and latest due first.
CREATE INDEX ix_task_list_mine ON task_list (assignee, due_at, created_at, task_id);
CREATE INDEX ix_task_list_mine_latest ON task_list (assignee, due_at DESC, created_at, task_id);
CREATE INDEX ix_task_list_queue ON task_list (queued_in, due_at, created_at, task_id);
CREATE INDEX ix_task_list_queue_latest ON task_list (queued_in, due_at DESC, created_at, task_id);
-- A queue filtered by stage or type, by overdue or by colour.
CREATE INDEX ix_task_list_queue_stage ON task_list (queued_in, stage, due_at, created_at, task_id);
CREATE INDEX ix_task_list_queue_type ON task_list (queued_in, dispute_type, due_at, created_at, task_id);
CREATE INDEX ix_task_list_queue_overdue ON task_list (queued_in, overdue_at);
CREATE INDEX ix_task_list_queue_colour ON task_list (queued_in, yellow_at, red_at);
CREATE INDEX ix_task_list_case ON task_list (case_id);
