package org.mediationdesk.routing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.routing.compilation.RuleCompiler;

import static org.assertj.core.api.Assertions.assertThat;

/** Swapping the active rule set: new decisions take the new one, decisions under way keep the old one. */
class DecisionEngineTest {

    private static final String RULE = """
            package rules.test;

            import org.mediationdesk.routing.TriageDecision;

            rule "%s"
            when
                TriageDecision()
            then
            end
            """;

    private final RuleCompiler compiler = new RuleCompiler();
    private final CompiledRules old = compiler.compile(Map.of("rules/t.drl", RULE.formatted("旧规则"))).as("v1");
    private final CompiledRules fresh = compiler.compile(Map.of("rules/t.drl", RULE.formatted("新规则"))).as("v2");

    @Test
    void decisionsAfterTheSwapRunOnTheNewRules() {
        ActiveRules active = new ActiveRules(old);
        DecisionEngine engine = new DecisionEngine(active);

        active.activate(fresh);
        Decision<TriageDecision> decision = engine.run("TRIAGE", new TriageDecision(), List.of());

        assertThat(decision.firedRules()).containsExactly("新规则");
        assertThat(decision.ruleSetVersion()).isEqualTo("v2");
    }

    @Test
    void decisionsOfOneCaseUnderWayFinishOnTheRulesTheyStartedWith() {
        ActiveRules active = new ActiveRules(old);
        DecisionEngine engine = new DecisionEngine(active);

        List<Decision<TriageDecision>> decisions = engine.inOneVersion(() -> {
            Decision<TriageDecision> first = engine.run("TRIAGE", new TriageDecision(), List.of());
            active.activate(fresh);
            Decision<TriageDecision> second = engine.run("TRIAGE", new TriageDecision(), List.of());
            return List.of(first, second);
        });
        Decision<TriageDecision> next = engine.run("TRIAGE", new TriageDecision(), List.of());

        assertThat(decisions).extracting(Decision::ruleSetVersion).containsExactly("v1", "v1");
        assertThat(decisions).extracting(Decision::firedRules).containsOnly(List.of("旧规则"));
        assertThat(next.ruleSetVersion()).isEqualTo("v2");
    }
}
