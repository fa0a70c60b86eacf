-- The case search's index (org.mediationdesk.search): the terms of each case's description (field D)
-- and of its parties' names (field P), as SearchTerms makes them (single Chinese characters, pairs
-- of neighbouring ones, whole Latin words). Written in the registration's transaction; the terms of
-- cases registered before this version are written by V23_1.
-- The binary collation keeps terms apart that a case-insensitive collation would fold together.
CREATE TABLE case_search_term (
    field   CHAR(1)     NOT NULL,
    term    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    case_id BIGINT      NOT NULL,
    PRIMARY KEY (field, term, case_id),
    CONSTRAINT fk_search_term_case FOREIGN KEY (case_id) REFERENCES dispute_case (id)
) DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_case_search_term_case ON case_search_term (case_id);
