package org.mediationdesk.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outside world of messages, started once per test run: a real SMTP server (GreenMail) and a cloud SMS
 * service's stand-in (WireMock; {@link SignedSmsRequests} checks each request's signature). The message tests
 * extend this class (the public side's too, from package portal), so they share one application context pointed at both; quiet hours are off there (equal
 * times) and retries wait no time, except where a test makes its own sender.
 */
public abstract class MessageStandIns {

    public static final String ACCESS_KEY_ID = "LTAI-test-key";
    public static final String ACCESS_KEY_SECRET = "test-secret-不要外传";
    public static final String SIGN_NAME = "湖州调解";
    public static final int MAX_ATTEMPTS = 3;

    public static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    public static final WireMockServer SMS = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    static {
        SMTP.start();
        SMS.start();
    }

    @Autowired
    private MessageSender standInSender;

    /** Sends what is due now, as the schedule would (tests set it to a day, so messages go when a test says). */
    protected int sendDueMessages() {
        return standInSender.sendDue();
    }

    @DynamicPropertySource
    static void pointAtStandIns(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("mediationdesk.messages.sms.provider", () -> "CLOUD");
        properties.add("mediationdesk.messages.sms.endpoint", () -> SMS.baseUrl() + "/sms");
        properties.add("mediationdesk.messages.sms.access-key-id", () -> ACCESS_KEY_ID);
        properties.add("mediationdesk.messages.sms.access-key-secret", () -> ACCESS_KEY_SECRET);
        properties.add("mediationdesk.messages.sms.sign-name", () -> SIGN_NAME);
        for (MessageKind kind : MessageKind.values()) {
            properties.add("mediationdesk.messages.sms.templates." + kind.name(), () -> "SMS_" + kind.name());
        }
        properties.add("mediationdesk.messages.max-attempts", () -> MAX_ATTEMPTS);
        properties.add("mediationdesk.messages.backoff", () -> "PT0S");
        properties.add("mediationdesk.messages.quiet-from", () -> "00:00");
        properties.add("mediationdesk.messages.quiet-until", () -> "00:00");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
