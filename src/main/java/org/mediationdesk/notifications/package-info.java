/**
 * Messages to parties (text messages) and staff (e-mail, or any other {@link org.mediationdesk.notifications.MessageChannel}):
 * written to an outbox in the transaction of the case event that causes them ({@code cases.CaseChanged}), sent by
 * whichever node claims them, with retries, quiet hours, a per-number limit, the parties' opt-outs, a line in the
 * case's history for each, and a page of failed messages (docs/integrations.md, "Messages").
 */
package org.mediationdesk.notifications;
