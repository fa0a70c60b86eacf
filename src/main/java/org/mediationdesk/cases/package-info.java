/**
 * Dispute cases: registration (with case numbers and idempotent retries), triage by the routing
 * rules inside the process, and the case record with its parties, events and decisions.
 */
package org.mediationdesk.cases;
