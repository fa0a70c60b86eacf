package org.mediationdesk.rulesets;

import java.util.Locale;

import org.kie.api.runtime.rule.ConsequenceException;
import org.mediationdesk.routing.RuleEvaluationException;
import org.mediationdesk.routing.RuleLimitExceededException;
import org.springframework.context.MessageSource;

/**
 * Why a rule set could not decide a past case, said without anything of the case: the decision,
 * the rule and the exception's type, never an exception's message (a draft can fill one with the
 * case's description).
 */
final class SimulationErrors {

    private static final int MAX_CAUSES = 20;

    private final MessageSource messages;
    private final Locale locale;

    SimulationErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String failed(RuleEvaluationException e) {
        if (e instanceof RuleLimitExceededException halted) {
            return message("ruleset.simulation.error.limit", e.decisionKind(), halted.ruleName());
        }
        Throwable root = e;
        String rule = null;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
            if (root instanceof ConsequenceException consequence && consequence.getRule() != null) {
                rule = consequence.getRule().getName();
            }
        }
        if (root == e) {
            return message("ruleset.simulation.error.noDecision", e.decisionKind());
        }
        String type = root.getClass().getSimpleName();
        return rule == null ? message("ruleset.simulation.error.failed", e.decisionKind(), type)
                : message("ruleset.simulation.error.ruleFailed", e.decisionKind(), rule, type);
    }

    String noDecision(String kind) {
        return message("ruleset.simulation.error.noDecision", kind);
    }

    String unknownCentre(String kind) {
        return message("ruleset.simulation.error.unknownCentre", kind);
    }

    String notAMediator(String kind) {
        return message("ruleset.simulation.error.notAMediator", kind);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
