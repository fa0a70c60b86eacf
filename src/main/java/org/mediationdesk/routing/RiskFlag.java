package org.mediationdesk.routing;

/** What the triage rules found: a group dispute, a risk of turning criminal, vulnerable parties, a repeat dispute. */
public enum RiskFlag {
    GROUP, CRIMINAL_RISK, VULNERABLE, REPEAT
}
