-- The escalation sweep (every node, every 10 minutes) reads the cases whose deadline is running:
-- status AWAITING_ACCEPTANCE or IN_MEDIATION. Without an index on status it scans every case ever
-- registered (3.6 s a sweep at 1,000,000 closed cases on the test machine; docs/benchmarks.md).
CREATE INDEX ix_dispute_case_status ON dispute_case (status);
