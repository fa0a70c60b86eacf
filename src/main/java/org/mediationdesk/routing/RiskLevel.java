package org.mediationdesk.routing;

/** How dangerous a dispute is, lowest first. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL
}
