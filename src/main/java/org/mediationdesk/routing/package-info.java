/**
 * Drools decisions. The DRL files under {@code rules/} are compiled once at start-up; each
 * decision runs a fresh stateless session and returns the rules that fired and the rule set's
 * version, so a person can see why.
 */
package org.mediationdesk.routing;
