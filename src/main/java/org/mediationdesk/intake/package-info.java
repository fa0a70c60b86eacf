/**
 * Intake: registering a dispute over the API, on the page or from an import — validation against the
 * reference data, ID numbers, the repeat-dispute warning, case numbers per county and year, and
 * Idempotency-Key replays. A registration writes the case row, its parties and first history line
 * and starts the process in one transaction, then announces {@link org.mediationdesk.cases.DisputeRegistered};
 * modules that react to new cases listen for it rather than being called from here.
 */
package org.mediationdesk.intake;
