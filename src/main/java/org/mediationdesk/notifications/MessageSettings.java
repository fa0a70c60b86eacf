package org.mediationdesk.notifications;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Message settings, from {@code mediationdesk.messages.*} (docs/integrations.md, "Messages").
 *
 * @param sendEvery      how often each node sends what is due
 * @param batch          messages a node claims at a time
 * @param lease          how long a claim holds: a message still SENDING after it (its node stopped) is claimed again
 * @param maxAttempts    attempts before a message is FAILED
 * @param backoff        the wait before the first retry, doubled for each further one, at most {@code maxBackoff}
 * @param quietFrom      no text message that is not urgent from this business time…
 * @param quietUntil     …until this one: it waits until then
 * @param perNumberLimit text messages to one number within {@code perNumberWindow}; more wait
 * @param staffChannel   the channel of messages to staff ({@code email}, or a channel bean's name)
 * @param reminderAhead  session reminders go this long before the session (the day before by default)
 */
@ConfigurationProperties("mediationdesk.messages")
record MessageSettings(@DefaultValue("PT15S") Duration sendEvery, @DefaultValue("20") int batch,
                       @DefaultValue("PT5M") Duration lease, @DefaultValue("5") int maxAttempts,
                       @DefaultValue("PT1M") Duration backoff, @DefaultValue("PT6H") Duration maxBackoff,
                       @DefaultValue("21:00") LocalTime quietFrom, @DefaultValue("08:00") LocalTime quietUntil,
                       @DefaultValue("5") int perNumberLimit, @DefaultValue("PT1H") Duration perNumberWindow,
                       @DefaultValue("email") String staffChannel, @DefaultValue("P1D") Duration reminderAhead,
                       @DefaultValue Sms sms, @DefaultValue Mail mail) {

    MessageSettings {
        if (maxAttempts < 1 || batch < 1 || perNumberLimit < 1) {
            throw new IllegalArgumentException("mediationdesk.messages: max-attempts, batch and per-number-limit must be at least 1");
        }
    }

    /** Back-off before attempt {@code attempts + 1}: backoff × 2^(attempts − 1), capped. */
    Duration retryAfter(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * Text messages: {@code LOG} writes them to the log and sends nothing (the demo's default), {@code CLOUD} sends
     * them to a cloud SMS service's HTTP API ({@link CloudSmsChannel}) at {@code endpoint} with the access key, the
     * sign name (签名) and a template code per kind ({@code templates.CASE_ACCEPTED: SMS_…}).
     */
    record Sms(@DefaultValue("LOG") Provider provider, URI endpoint, String accessKeyId, String accessKeySecret,
               String signName, Map<String, String> templates, @DefaultValue("PT10S") Duration timeout) {

        enum Provider { LOG, CLOUD }

        Sms {
            templates = templates == null ? Map.of() : Map.copyOf(templates);
            if (provider == Provider.CLOUD && (endpoint == null || blank(accessKeyId) || blank(accessKeySecret) || blank(signName))) {
                throw new IllegalArgumentException(
                        "mediationdesk.messages.sms: provider CLOUD needs endpoint, access-key-id, access-key-secret and sign-name");
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** E-mail goes through Spring's mail sender when {@code spring.mail.host} is set (else it is logged), from this address. */
    record Mail(@DefaultValue("mediationdesk@localhost") String from) {
    }
}
