package org.mediationdesk.reference;

/** What the intake clerk ticks when a dispute may turn criminal (民转刑). */
public enum RiskIndicator {
    THREATS, VIOLENCE, WEAPONS
}
