package org.mediationdesk.rulesets;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.mediationdesk.routing.RuleEvaluationException;
import org.mediationdesk.routing.RuleLimitExceededException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A rule's failure on a past case is told by decision, rule and exception type, never by its message. */
class SimulationErrorsTest {

    private static final String CASE_TEXT = "王秘密家鱼塘夜里被人投毒";

    private final SimulationErrors chinese = new SimulationErrors(messages(), Locale.SIMPLIFIED_CHINESE);

    @Test
    void aRuleThatThrowsIsNamedWithTheExceptionsTypeAndNoneOfItsMessage() {
        var thrown = new NumberFormatException("For input string: \"" + CASE_TEXT + "\"");
        var failed = new RuleEvaluationException("TRIAGE", "failed: " + CASE_TEXT, consequence("把描述当作数字读", thrown));

        assertThat(chinese.failed(failed)).isEqualTo("TRIAGE：规则「把描述当作数字读」执行失败（NumberFormatException）");
    }

    @Test
    void aFailureWithoutItsRuleNamesTheDecisionAndTheExceptionsType() {
        var failed = new RuleEvaluationException("ROUTING", CASE_TEXT, new IllegalStateException(CASE_TEXT));

        assertThat(chinese.failed(failed)).isEqualTo("ROUTING：规则执行失败（IllegalStateException）");
    }

    @Test
    void aFailureWithoutCauseSaysTheRulesFailedOrDidNotDecideInTheReadersLanguage() {
        var failed = new RuleEvaluationException("DEADLINES", "no rule set both deadlines for " + CASE_TEXT, null);

        assertThat(chinese.failed(failed)).isEqualTo("DEADLINES：规则执行失败或没有作出决定");
        assertThat(new SimulationErrors(messages(), Locale.ENGLISH).failed(failed))
                .isEqualTo("DEADLINES: the rules failed or made no decision");
    }

    @Test
    void rulesHaltedAtTheirLimitsAreNamedWithTheRuleThatFiredMost() {
        var halted = new RuleLimitExceededException("TRIAGE", "v9", "反复重新评估", "规则触发超过 50000 次");

        assertThat(chinese.failed(halted)).isEqualTo("TRIAGE：规则执行超出上限，疑似循环触发：反复重新评估");
    }

    private static ConsequenceException consequence(String ruleName, Throwable cause) {
        Rule rule = mock(Rule.class);
        when(rule.getName()).thenReturn(ruleName);
        Match match = mock(Match.class);
        when(match.getRule()).thenReturn(rule);
        return new ConsequenceException(cause, null, match);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
