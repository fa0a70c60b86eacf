package org.mediationdesk.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail to staff through Spring's {@link JavaMailSender} ({@code spring.mail.*}): plain text in UTF-8. */
final class SmtpEmailChannel implements MessageChannel {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailChannel(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public String name() {
        return MessageChannels.EMAIL;
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.EMAIL;
    }

    @Override
    public void send(String address, OutgoingMessage message) throws MessageNotDelivered {
        try {
            var mime = mail.createMimeMessage();
            var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(address);
            helper.setSubject(message.subject());
            helper.setText(message.text());
            mail.send(mime);
        } catch (MessagingException | MailException e) {
            throw new MessageNotDelivered("邮件服务器未接收：" + e.getMessage(), e);
        }
    }
}
