/**
 * The statistical report managers send upward (.xlsx): summary with a chart, breakdowns by type,
 * centre, source and outcome, overdue cases and the case list, for a period and the manager's centres.
 */
package org.mediationdesk.reports;
