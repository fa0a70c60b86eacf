-- Task-list filters a user saved by name (the list's query string, e.g. scope=CENTRE&overdue=true).
CREATE TABLE saved_task_filter (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(40)  NOT NULL,
    filter_query VARCHAR(500) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_saved_task_filter_name UNIQUE (user_id, name),
    CONSTRAINT fk_saved_task_filter_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4;
