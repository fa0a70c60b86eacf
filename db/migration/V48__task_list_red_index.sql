-- The red filter's own range: with only (queued_in, yellow_at, red_at) the database expected some yellow tasks to be
-- red and walked the whole queue in the list's order looking for a page of them (30 ms for 19,700 tasks with none
-- red, docs/benchmarks.md, issue 19). Red is usually few or none, and this range says so.
CREATE INDEX ix_task_list_queue_red ON task_list (queued_in, red_at);
