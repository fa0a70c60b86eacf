package org.mediationdesk.cases;

/** What happened to a case, as recorded in its event history. */
public enum EventType {
    REGISTERED, ROUTED
}
