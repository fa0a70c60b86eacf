package org.mediationdesk.notifications;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The channels: {@code sms} (a cloud SMS service, or the logging channel when none is configured) and {@code email}
 * (SMTP when {@code spring.mail.host} is set, else the logging channel), plus any other {@link MessageChannel} bean.
 */
@Configuration(proxyBeanMethods = false)
class MessageChannels {

    static final String SMS = "sms";
    static final String EMAIL = "email";

    @Bean
    MessageChannel smsChannel(MessageSettings settings, ObjectMapper json) {
        MessageSettings.Sms sms = settings.sms();
        if (sms.provider() == MessageSettings.Sms.Provider.CLOUD) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(sms.timeout()).build();
            return new CloudSmsChannel(sms, http, json);
        }
        return new LoggingChannel(SMS, MessageChannel.AddressKind.PHONE);
    }

    @Bean
    MessageChannel emailChannel(MessageSettings settings, ObjectProvider<JavaMailSender> mail) {
        JavaMailSender sender = mail.getIfAvailable();
        return sender == null ? new LoggingChannel(EMAIL, MessageChannel.AddressKind.EMAIL)
                : new SmtpEmailChannel(sender, settings.mail().from());
    }

    /** Every channel by name. */
    @Bean
    ChannelDirectory channelDirectory(List<MessageChannel> channels) {
        return new ChannelDirectory(channels.stream().collect(Collectors.toMap(MessageChannel::name, Function.identity())));
    }

    record ChannelDirectory(Map<String, MessageChannel> byName) {

        Optional<MessageChannel> find(String name) {
            return Optional.ofNullable(byName.get(name));
        }
    }
}
