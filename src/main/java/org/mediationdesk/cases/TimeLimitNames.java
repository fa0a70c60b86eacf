package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mediationdesk.routing.TimeLimit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A case's stored time limits in the reader's language, e.g. 受理：当日；调结：1个月，至多10个工作日. */
@Component
class TimeLimitNames {

    private final MessageSource messages;

    TimeLimitNames(MessageSource messages) {
        this.messages = messages;
    }

    String explain(CaseMapper.CaseRow row) {
        if (row.acceptanceLimit() == null && row.mediationLimit() == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (row.acceptanceLimit() != null) {
            parts.add(message("timeLimit.acceptance", name(TimeLimit.parse(row.acceptanceLimit()))));
        }
        if (row.mediationLimit() != null) {
            List<String> limits = Arrays.stream(row.mediationLimit().split(";")).map(TimeLimit::parse).map(this::name).toList();
            String mediation = limits.size() == 1 ? limits.get(0)
                    : message("timeLimit.withCeilings", limits.get(0), String.join(message("timeLimit.or"), limits.subList(1, limits.size())));
            parts.add(message("timeLimit.mediation", mediation));
        }
        if (row.courtLimit() != null) {
            parts.add(message("timeLimit.court", name(TimeLimit.parse(row.courtLimit())),
                    CaseDeadlines.courtFileReceived(row).toString()));
        }
        return String.join(message("timeLimit.separator"), parts);
    }

    private String name(TimeLimit limit) {
        return limit.sameDay() ? message("timeLimit.sameDay") : message("timeLimit." + limit.unit().name(), limit.amount());
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
