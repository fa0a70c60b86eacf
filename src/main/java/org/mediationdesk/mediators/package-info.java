/**
 * Mediators as the assignment rules see them: specialties, caps, leave with stand-ins, declared
 * conflicts of interest, and who was assigned least recently.
 */
package org.mediationdesk.mediators;
