package org.mediationdesk.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.security.PeopleNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns decision records into sentences a person reads, e.g. 分派至菱湖渔业纠纷调处化解中心：规则「…」. */
@Component
class DecisionExplanations {

    private final MessageSource messages;
    private final ReferenceData referenceData;
    private final TimeLimitNames limitNames;
    private final PeopleNames people;

    DecisionExplanations(MessageSource messages, ReferenceData referenceData, TimeLimitNames limitNames,
                         PeopleNames people) {
        this.people = people;
        this.messages = messages;
        this.referenceData = referenceData;
        this.limitNames = limitNames;
    }

    CaseView.DecisionView view(DecisionRecord record) {
        List<String> rules = record.rulesFired().isEmpty() ? List.of() : List.of(record.rulesFired().split("\n"));
        return new CaseView.DecisionView(record.decisionKind(), String.join("；", rules), rules, record.outcome(),
                record.factsSummary(), record.ruleSetVersion(), record.decidedAt(), record.error(),
                explain(record, rules));
    }

    private String explain(DecisionRecord record, List<String> rules) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        if (record.error() != null) {
            return messages.getMessage("decision.error", new Object[] {record.error()}, locale);
        }
        String separator = english ? ", " : "、";
        Object subject = switch (record.decisionKind()) {
            case DisputeRules.ROUTING, StageCompletion.MANUAL_TRIAGE -> centreName(record.outcome(), english);
            case DisputeRules.AGENCIES -> record.outcome().isBlank() || "-".equals(record.outcome())
                    ? messages.getMessage("decision.noAgencies", null, locale)
                    : Arrays.stream(record.outcome().split(","))
                    .map(code -> referenceData.agency(code).map(a -> english ? a.nameEn() : a.nameZh()).orElse(code))
                    .collect(Collectors.joining(separator));
            case DisputeRules.DEADLINES -> limitNames.explainDecision(record.outcome());
            case DisputeRules.TRIAGE -> riskNames(record.outcome(), separator, locale);
            case DisputeRules.ASSIGNMENT -> "QUEUE".equals(record.outcome())
                    ? messages.getMessage("decision.queue", null, locale) : people.of(record.outcome());
            case DisputeRules.ESCALATION -> labels(record.outcome().split(" "), separator, locale,
                    "enum.WarningColour.", "enum.EscalationAction.");
            default -> record.outcome();
        };
        Object detail = StageCompletion.MANUAL_TRIAGE.equals(record.decisionKind()) ? record.factsSummary()
                : rules.isEmpty() ? messages.getMessage("decision.noRule", null, locale)
                : messages.getMessage("decision.rules", new Object[] {String.join("」「", rules)}, locale);
        return messages.getMessage("decision." + record.decisionKind(), new Object[] {subject, detail}, locale);
    }

    /** A triage outcome as stored ({@code MEDIUM [REPEAT, GROUP]}) in words: 中（重复纠纷、群体性）. */
    private String riskNames(String outcome, String separator, Locale locale) {
        int flagsFrom = outcome.indexOf('[');
        String level = (flagsFrom < 0 ? outcome : outcome.substring(0, flagsFrom)).trim();
        String levelName = messages.getMessage("enum.RiskLevel." + level, null, level, locale);
        if (flagsFrom < 0) {
            return levelName;
        }
        String[] flags = outcome.substring(flagsFrom + 1, outcome.lastIndexOf(']')).split(",\\s*");
        return messages.getMessage("decision.riskWithFlags",
                new Object[] {levelName, labels(flags, separator, locale, "enum.RiskFlag.")}, locale);
    }

    /** Codes by their labels, the i-th code under the i-th prefix (the last prefix for the rest); unknown codes as they are. */
    private String labels(String[] codes, String separator, Locale locale, String... prefixes) {
        return IntStream.range(0, codes.length).filter(i -> !codes[i].isBlank())
                .mapToObj(i -> messages.getMessage(prefixes[Math.min(i, prefixes.length - 1)] + codes[i], null, codes[i], locale))
                .collect(Collectors.joining(separator));
    }

    private String centreName(String code, boolean english) {
        return referenceData.centre(code).map(c -> english ? c.nameEn() : c.nameZh()).orElse(code);
    }
}
