package org.mediationdesk.routing;

/**
 * A rule session went past its {@link RuleLimits} and was halted: the rules most likely trigger each
 * other without end. Names the rule set version and the rule that fired most.
 */
public class RuleLimitExceededException extends RuleEvaluationException {

    private final String ruleName;

    public RuleLimitExceededException(String decisionKind, String version, String ruleName, String limit) {
        super(decisionKind, "规则执行超出上限，疑似循环触发: " + ruleName + "（规则集 " + version + "，" + limit + "）", null);
        this.ruleName = ruleName;
    }

    public String ruleName() {
        return ruleName;
    }
}
