package org.mediationdesk.routing;

/** The deadline warning (预警): green on track, yellow needs attention, red overdue. */
public enum WarningColour {
    GREEN, YELLOW, RED
}
