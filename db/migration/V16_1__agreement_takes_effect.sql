-- Judicial confirmation as the law has it (issue 14): the agreement records the day it took effect, from which
-- the 30 days to apply run (人民调解法 第三十三条); the application (day, court) and the ruling (case number,
-- decision, day) are recorded as they happen. Version 16.1: 16 is db/vendor's event publication table.

ALTER TABLE case_agreement ADD COLUMN effective_on DATE NULL;
ALTER TABLE case_agreement ADD COLUMN confirmation_window_ends DATETIME(3) NULL;
ALTER TABLE case_agreement ADD COLUMN confirmation_applied_on DATE NULL;
ALTER TABLE case_agreement ADD COLUMN confirmation_case_number VARCHAR(50) NULL;

-- Agreements recorded before took effect, as far as we know, on the day they were recorded: that is also the
-- day their 30-day window was counted from. Every new agreement states its own day.
UPDATE case_agreement SET effective_on = CAST(recorded_at AS DATE);
