-- Text the system writes into a case's history is kept as data, so each reader gets it in their
-- language: a message key and its typed arguments as JSON ({"key":"closed","args":[["LABEL","ClosureType.RESOLVED"]]}).
-- note keeps the Chinese text (the API's and older readers'); events from before this column keep only the note.
ALTER TABLE case_event ADD COLUMN detail VARCHAR(4000) NULL;

-- A closure's note was its code (RESOLVED…): give those events their detail, so they read as words too.
UPDATE case_event SET detail = CONCAT('{"key":"closed","args":[["LABEL","ClosureType.', note, '"]]}')
WHERE event_type = 'CLOSED' AND note IN ('RESOLVED', 'REFERRED', 'TERMINATED', 'NOT_ACCEPTED');
