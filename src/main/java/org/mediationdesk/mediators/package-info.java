/**
 * Mediators as the assignment rules see them: specialties, caps, leave with stand-ins, declared
 * conflicts of interest, and who was assigned least recently; the leave and conflict API and forms.
 * When a leave begins, {@link org.mediationdesk.mediators.LeaveBegan} lets {@code cases} move the
 * work in hand, in the same transaction.
 */
package org.mediationdesk.mediators;
