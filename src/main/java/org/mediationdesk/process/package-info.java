/**
 * The dispute process (processes/dispute-mediation.bpmn) and the application's one seam to the engine:
 * {@link org.mediationdesk.process.Workflow} (start, open tasks, claim and complete, messages, the deadline's
 * timer), its {@link org.mediationdesk.process.Stage}s and their forms, variable names, and the engine's
 * races as 409s. Delegates and listeners the BPMN calls live in the feature that owns their work.
 */
package org.mediationdesk.process;
