package org.mediationdesk.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * A court's request carries its documents in Base64 inside the JSON, so its size is capped before any of it is
 * parsed: at most {@code max-request-size} bytes are read (a larger Content-Length is refused before reading), and
 * a request over it answers 413 naming the documents instead of filling the heap.
 */
@ControllerAdvice(assignableTypes = CourtCaseController.class)
class CourtRequestLimit extends RequestBodyAdviceAdapter {

    private final Settings settings;

    CourtRequestLimit(Settings settings) {
        this.settings = settings;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return targetType == CourtCaseRequest.class;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converter) throws IOException {
        long max = settings.maxRequestSize().toBytes();
        if (input.getHeaders().getContentLength() > max) {
            throw new TooLarge(max);
        }
        byte[] body = input.getBody().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (body.length > max) {
            throw new TooLarge(max);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    /** {@code mediationdesk.exchange.court.max-request-size}: the largest entrustment request, documents included. */
    @ConfigurationProperties("mediationdesk.exchange.court")
    record Settings(@DefaultValue("64MB") DataSize maxRequestSize) {
    }

    /** A court's request over the limit. */
    static final class TooLarge extends RuntimeException {

        final long max;

        TooLarge(long max) {
            super("Court request over " + max + " bytes");
            this.max = max;
        }
    }
}
