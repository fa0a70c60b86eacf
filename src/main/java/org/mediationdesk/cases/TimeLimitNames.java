package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        return explain(row.acceptanceLimit(), row.mediationLimit(), row.courtLimit(),
                message("timeLimit.courtFrom", CaseDeadlines.courtFileReceived(row).toString()));
    }

    /**
     * A deadline decision's stored outcome ({@code acceptance=0D, mediation=1M;10WD, court=15D}, or before
     * limits had units {@code acceptance=1wd, mediation=30wd}) for people; an outcome in another form as it is.
     */
    String explainDecision(String outcome) {
        Map<String, String> limits = new HashMap<>();
        for (String part : outcome.split(", ")) {
            String[] keyAndCodes = part.split("=", 2);
            if (keyAndCodes.length == 2) {
                // Decisions from before V18 wrote working days in lower case (acceptance=1wd): the same codes.
                limits.put(keyAndCodes[0], "-".equals(keyAndCodes[1]) ? null : keyAndCodes[1].toUpperCase(Locale.ROOT));
            }
        }
        try {
            return explain(limits.get("acceptance"), limits.get("mediation"), limits.get("court"),
                    message("timeLimit.courtFromFile"));
        } catch (IllegalArgumentException notCodes) {
            return outcome;
        }
    }

    private String explain(String acceptance, String mediation, String court, String courtFrom) {
        List<String> parts = new ArrayList<>();
        if (acceptance != null) {
            parts.add(message("timeLimit.acceptance", name(TimeLimit.parse(acceptance))));
        }
        if (mediation != null) {
            List<String> limits = Arrays.stream(mediation.split(";")).map(TimeLimit::parse).map(this::name).toList();
            String period = limits.size() == 1 ? limits.get(0)
                    : message("timeLimit.withCeilings", limits.get(0), String.join(message("timeLimit.or"), limits.subList(1, limits.size())));
            parts.add(message("timeLimit.mediation", period));
        }
        if (court != null) {
            parts.add(message("timeLimit.court", name(TimeLimit.parse(court)), courtFrom));
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
