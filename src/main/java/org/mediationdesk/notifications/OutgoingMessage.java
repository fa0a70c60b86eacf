package org.mediationdesk.notifications;

import java.util.Map;

/**
 * A message worded for sending: {@code kind} (a {@code MessageKind} name, for providers' template codes),
 * the subject (e-mail), the text in Chinese, and the template's parameters by name (cloud SMS templates).
 */
public record OutgoingMessage(String kind, String subject, String text, Map<String, String> params) {
}
