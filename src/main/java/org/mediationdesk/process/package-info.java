/**
 * The dispute process (processes/dispute-mediation.bpmn): its id, variable names and how a case
 * starts it. Delegates live in the feature that owns their work.
 */
package org.mediationdesk.process;
