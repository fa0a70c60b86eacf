package org.mediationdesk.rulesets;

import java.util.List;

/** The version does not compile or fails scenarios (400); each problem names its file and line. */
class RuleSetRejectedException extends RuntimeException {

    private final String messageKey;
    private final List<RuleProblem> problems;

    RuleSetRejectedException(String messageKey, List<RuleProblem> problems) {
        super(messageKey + ": " + problems);
        this.messageKey = messageKey;
        this.problems = List.copyOf(problems);
    }

    String messageKey() {
        return messageKey;
    }

    List<RuleProblem> problems() {
        return problems;
    }
}
