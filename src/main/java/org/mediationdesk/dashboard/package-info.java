/**
 * The manager's dashboard (MANAGER, ADMIN): this month's counts and the weekly chart from the
 * report's definitions, the 督办 list, mediators' caseloads, moving several tasks to another
 * mediator at once, and the statistical report download for the logged-in session.
 */
package org.mediationdesk.dashboard;
