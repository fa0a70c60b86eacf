package org.mediationdesk.cases;

/** How a case ended: settled, sent on to a court or other body, ended by a party, or never accepted. */
public enum ClosureType {
    RESOLVED, REFERRED, TERMINATED, NOT_ACCEPTED
}
