package org.mediationdesk.notifications;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a message from its kind's templates ({@code message.<KIND>.subject}, {@code .text}) in Chinese, the language
 * of parties and staff alike; the parameters are kept with the message as JSON ({@code message_outbox.params}).
 */
@Component
class MessageTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> PARAMS = new TypeReference<>() { };

    private final MessageSource messages;

    MessageTemplates(MessageSource messages) {
        this.messages = messages;
    }

    OutgoingMessage word(MessageKind kind, String storedParams, Locale locale) {
        Map<String, String> params = params(storedParams);
        Object[] args = kind.params().stream().map(name -> params.getOrDefault(name, "")).toArray();
        return new OutgoingMessage(kind.name(), messages.getMessage("message." + kind.name() + ".subject", args, locale),
                messages.getMessage("message." + kind.name() + ".text", args, locale), params);
    }

    static String store(Map<String, String> params) {
        try {
            return JSON.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Strings always make JSON", e);
        }
    }

    private static Map<String, String> params(String stored) {
        try {
            return JSON.readValue(stored, PARAMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A message's parameters are stored as JSON", e);
        }
    }
}
