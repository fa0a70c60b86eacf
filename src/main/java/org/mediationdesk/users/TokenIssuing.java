package org.mediationdesk.users;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.security.AccessTokenStore;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A new personal access token, its purpose said and its life at most a year, for the page and the API alike. */
@Component
class TokenIssuing {

    static final int MAX_DAYS = 365;
    static final int DEFAULT_DAYS = 90;

    private final AccessTokenStore tokens;
    private final MessageSource messages;

    TokenIssuing(AccessTokenStore tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    /** A new token of the user after checking its purpose and life; the text is the only time it is shown. */
    String issue(AppUser user, String name, Integer days) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 64) {
            problems.add(new FieldProblem("name", message("token.name")));
        }
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            problems.add(new FieldProblem("days", message("token.days")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return tokens.issue(user.username(), name.strip(), Duration.ofDays(days == null ? DEFAULT_DAYS : days));
    }

    private String message(String key) {
        return messages.getMessage(key, new Object[] {MAX_DAYS}, LocaleContextHolder.getLocale());
    }
}
