package org.mediationdesk.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/** An API refusal written by a filter, before any controller: a problem document in the reader's language. */
class ProblemAnswer {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ProblemAnswer(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey,
              Object... args) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getWriter(), ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, args, locales.resolveLocale(request))));
    }
}
