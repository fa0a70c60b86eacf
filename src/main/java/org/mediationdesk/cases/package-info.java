/**
 * The case record and the work on it: triage by the routing rules inside the process, each stage's
 * actions, the parties, history, decisions, deadlines and escalation. Cases are created by
 * {@code intake}, which announces each with {@link org.mediationdesk.cases.DisputeRegistered}.
 */
package org.mediationdesk.cases;
