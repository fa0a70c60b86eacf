package org.mediationdesk.rulesets;

/** What the audit records about a version; whoever CREATED, EDITED or SUBMITTED it prepared it and may not approve it. */
public enum RuleSetAction {
    CREATED, EDITED, SUBMITTED, PUBLISHED, ROLLED_BACK, RETIRED, DISCARDED
}
