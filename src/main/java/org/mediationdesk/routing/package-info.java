/**
 * Drools decisions: triage, routing, joint agencies, assignment, deadlines and escalation. The rule
 * set in force is the published version in the database, compiled through the rule policy
 * ({@code compilation}) and swapped in while the application runs ({@link org.mediationdesk.routing.ActiveRules});
 * each decision runs a fresh stateless session, bounded by {@link org.mediationdesk.routing.RuleLimits},
 * and returns the rules that fired and the rule set's version, so a person can see why. The package
 * keeps its name although it decides more than routing: published DRL imports its fact types by it.
 */
package org.mediationdesk.routing;
