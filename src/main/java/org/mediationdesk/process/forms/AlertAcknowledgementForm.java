package org.mediationdesk.process.forms;

import jakarta.validation.constraints.Size;

/** acknowledgeAlert: the police confirm they know of a critical or group dispute, and may say what they did. */
public record AlertAcknowledgementForm(@Size(max = 1000) String note) {
}
