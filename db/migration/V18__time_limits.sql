-- Time limits say what they count (docs/process.md, "Time limits"): codes such as 1WD, 1M, 30D, 0D.
-- Cases decided before keep their working-day limits; a court referral records when the centre
-- signed for the court's file, from which the court's limit runs in calendar days.
ALTER TABLE dispute_case ADD COLUMN acceptance_limit VARCHAR(8) NULL;
ALTER TABLE dispute_case ADD COLUMN mediation_limit VARCHAR(40) NULL;
ALTER TABLE dispute_case ADD COLUMN court_limit VARCHAR(8) NULL;
ALTER TABLE dispute_case ADD COLUMN court_file_received_on DATE NULL;
-- The centre whose police desk was alerted to a critical or group dispute: its staff may see the case.
ALTER TABLE dispute_case ADD COLUMN police_desk VARCHAR(32) NULL;

UPDATE dispute_case SET acceptance_limit = CONCAT(CAST(acceptance_working_days AS CHAR(4)), 'WD')
WHERE acceptance_working_days IS NOT NULL;
UPDATE dispute_case SET mediation_limit = CONCAT(CAST(mediation_working_days AS CHAR(4)), 'WD')
WHERE mediation_working_days IS NOT NULL;

ALTER TABLE dispute_case DROP COLUMN acceptance_working_days;
ALTER TABLE dispute_case DROP COLUMN mediation_working_days;
