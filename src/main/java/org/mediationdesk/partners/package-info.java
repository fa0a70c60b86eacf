/**
 * Partners as users: an agency's staff (AGENCY) see the opinions asked of their agency and answer them on the
 * case page; grid workers (GRID_WORKER, 网格员) report disputes from a phone through intake's registration and
 * follow their reports' status; police contacts (POLICE) list the critical-dispute alerts to their desk and
 * acknowledge them. Who may see what is decided in {@code cases.CaseAccess}; this module adds the partners'
 * pages, lists and the grid report's own record.
 */
package org.mediationdesk.partners;
