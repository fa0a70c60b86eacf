package org.mediationdesk.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.DisputeRules;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns decision records into sentences a person reads, e.g. 分派至菱湖渔业纠纷调处化解中心：规则「…」. */
@Component
class DecisionExplanations {

    private final MessageSource messages;
    private final ReferenceData referenceData;
    private final TimeLimitNames limitNames;

    DecisionExplanations(MessageSource messages, ReferenceData referenceData, TimeLimitNames limitNames) {
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
        String joinedRules = String.join("」「", rules);
        Object subject = switch (record.decisionKind()) {
            case DisputeRules.ROUTING, StageCompletion.MANUAL_TRIAGE -> centreName(record.outcome(), english);
            case DisputeRules.AGENCIES -> Arrays.stream(record.outcome().split(","))
                    .map(code -> referenceData.agency(code).map(a -> english ? a.nameEn() : a.nameZh()).orElse(code))
                    .collect(Collectors.joining(english ? ", " : "、"));
            case DisputeRules.DEADLINES -> limitNames.explainDecision(record.outcome());
            default -> record.outcome();
        };
        Object detail = StageCompletion.MANUAL_TRIAGE.equals(record.decisionKind()) ? record.factsSummary() : joinedRules;
        return messages.getMessage("decision." + record.decisionKind(), new Object[] {subject, detail}, locale);
    }

    private String centreName(String code, boolean english) {
        return referenceData.centre(code).map(c -> english ? c.nameEn() : c.nameZh()).orElse(code);
    }
}
