package org.mediationdesk.rulesets;

/** DRAFT while authors work on it; PUBLISHED is the one every node runs; RETIRED afterwards (or a discarded draft). */
public enum RuleSetStatus {
    DRAFT, PUBLISHED, RETIRED
}
