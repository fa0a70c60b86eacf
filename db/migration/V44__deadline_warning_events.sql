-- A reminder to the mediator when a deadline turns yellow was recorded as ESCALATED (升级督办), which it is not:
-- nothing goes up to anyone. It has its own event type from now on; earlier reminders are given it too.
UPDATE case_event SET event_type = 'DEADLINE_WARNED'
WHERE event_type = 'ESCALATED' AND detail LIKE '{"key":"escalation.remind%';
