/**
 * The session diary (我的调解日程): a mediator's and a manager's planned sessions by day, and the same
 * as an iCalendar feed a phone's calendar subscribes to through a secret per-user address. Planning
 * itself belongs to {@code cases} (the case history records it); this module only shows plans, through
 * {@code cases.UpcomingSessions}, and keeps the feed tokens.
 */
package org.mediationdesk.schedule;
