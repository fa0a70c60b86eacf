package org.mediationdesk.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the request names does not exist (404); the message key says what.
 * The API answers with a problem (ApiExceptionHandler); a page that does not catch
 * it, with the error page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
