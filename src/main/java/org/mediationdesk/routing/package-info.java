/**
 * Drools decisions. The DRL files under {@code rules/} are compiled once at start-up; each decision
 * records the rules that fired and the version of the rule set, so a person can see why.
 */
package org.mediationdesk.routing;
