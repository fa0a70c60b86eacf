/**
 * The public side (公众端) for parties, on a security chain of its own ({@code /public/**}) with no staff session:
 * a phone verified by a one-time text message code (rate limits per phone and per client address in the database,
 * a picture challenge after repeated attempts), an online application registered through intake's checks and
 * routing with a QR code of the case's status page, a status lookup by case number, phone and code, and a rating
 * after closure (docs/integrations.md, "Public side").
 */
package org.mediationdesk.portal;
