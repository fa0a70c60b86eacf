package org.mediationdesk.routing;

/** A rule that fired and what it decided. */
public record FiredRule(String rule, String outcome) {
}
