package org.mediationdesk.rulesets;

/** One file of a version: a DRL file ({@code rules/routing.drl}) or a scenario table ({@code rules/scenarios/routing.csv}). */
public record RuleSetFile(String path, String content) {
}
