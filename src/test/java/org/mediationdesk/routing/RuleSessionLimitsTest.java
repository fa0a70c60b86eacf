package org.mediationdesk.routing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.routing.compilation.RuleCompiler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every rule session is bounded: rules that trigger each other without end, grow memory or run away
 * inside one rule are halted with an error naming the version and the rule, and the thread is free again.
 */
class RuleSessionLimitsTest {

    private static final String HEADER = """
            package rules;

            import org.mediationdesk.routing.DisputeFact;
            import org.mediationdesk.routing.MediatorExcluded;
            import org.mediationdesk.routing.TriageDecision;

            """;

    private final RuleCompiler compiler = new RuleCompiler();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopWorker() {
        worker.shutdownNow();
    }

    private CompiledRules compiled(String rules) {
        return compiler.compile(Map.of("rules/draft.drl", HEADER + rules)).as("v7");
    }

    private DecisionEngine engine(String rules, RuleLimits limits) {
        return new DecisionEngine(new ActiveRules(compiled(rules)), limits);
    }

    /** A draft on trial: limits read after every firing, and a hard stop. */
    private DecisionEngine draft(String rules, RuleLimits limits) {
        CompiledRules compiled = compiled(rules);
        return new DecisionEngine(new ActiveRules(compiled), limits).on(compiled);
    }

    private static RuleLimits limits(int firings, Duration time, long bytes) {
        return new RuleLimits(firings, time, bytes, Duration.ofMillis(200));
    }

    private static DisputeFact dispute(String description) {
        return new DisputeFact("NEIGHBOUR", DisputeSource.WALK_IN, "330502", "330502001", 2, null, description,
                Set.of(), null, 0, 0, null);
    }

    @Test
    void rulesThatTriggerThemselvesForEverAreHaltedAtTheFiringLimitNamingVersionAndRule() {
        DecisionEngine engine = engine("""
                rule "自我触发"
                when
                    $t : TriageDecision()
                then
                    update($t);
                end
                """, limits(1_000, Duration.ofSeconds(30), Long.MAX_VALUE));

        RuleLimitExceededException halted = catchThrowableOfType(RuleLimitExceededException.class,
                () -> engine.run("TRIAGE", new TriageDecision(), List.of()));

        assertThat(halted).isNotNull();
        assertThat(halted.getMessage()).contains("规则执行超出上限，疑似循环触发: 自我触发", "v7", "1000");
        assertThat(halted.ruleName()).isEqualTo("自我触发");
    }

    @Test
    void aDraftGrowingMemoryIsHaltedAtTheAllocationLimit() {
        DecisionEngine engine = draft("""
                rule "越来越长"
                when
                    $e : MediatorExcluded()
                then
                    insert(new MediatorExcluded($e.getUsername(), $e.reason() + $e.reason()));
                end
                """, limits(1_000_000, Duration.ofSeconds(30), 16L << 20));

        RuleLimitExceededException halted = catchThrowableOfType(RuleLimitExceededException.class,
                () -> engine.run("ASSIGNMENT", new AssignmentDecision(), List.of(new MediatorExcluded("x", "长"))));

        assertThat(halted).isNotNull();
        assertThat(halted.getMessage()).contains("越来越长", "分配内存超过 16 MB");
    }

    @Test
    void aSessionPastItsTimeIsHaltedAtTheTimeLimit() {
        DecisionEngine engine = engine("""
                rule "慢慢循环"
                when
                    $t : TriageDecision()
                then
                    update($t);
                end
                """, limits(Integer.MAX_VALUE, Duration.ofMillis(300), Long.MAX_VALUE));

        long started = System.nanoTime();
        RuleLimitExceededException halted = catchThrowableOfType(RuleLimitExceededException.class,
                () -> engine.run("TRIAGE", new TriageDecision(), List.of()));

        assertThat(halted).isNotNull();
        assertThat(halted.getMessage()).contains("用时超过 300 毫秒");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDraftStuckInsideOneRuleIsStoppedAndItsThreadServesTheNextDecision() throws Exception {
        CompiledRules backtracking = compiled("""
                function boolean backtracks(String s) {
                    return s.matches("(.*x){12}");
                }

                rule "灾难性回溯"
                when
                    $d : DisputeFact()
                    eval(backtracks($d.getDescription()))
                then
                end
                """);
        DecisionEngine draft = new DecisionEngine(new ActiveRules(backtracking),
                limits(1_000, Duration.ofMillis(300), Long.MAX_VALUE)).on(backtracking);

        ExecutionException stopped = catchThrowableOfType(ExecutionException.class, () -> worker.submit(
                () -> draft.run("TRIAGE", new TriageDecision(), List.of(dispute("x".repeat(60) + "!")))).get(20, TimeUnit.SECONDS));

        assertThat(stopped).isNotNull();
        assertThat(stopped.getCause()).isInstanceOf(RuleLimitExceededException.class)
                .hasMessageContaining("已强制停止").hasMessageContaining("v7");
        Thread workerThread = worker.submit(Thread::currentThread).get();
        assertThat(HardStop.watches(workerThread)).as("no stop can reach the thread's next task").isFalse();
        assertThat(worker.submit(() -> draft.run("TRIAGE", new TriageDecision(), List.of(dispute("x"))))
                .get(20, TimeUnit.SECONDS).ruleSetVersion()).isEqualTo("v7");
    }

    @Test
    void aRuleThatThrowsIsNamedWithTheExceptionTypeButNotItsMessage() {
        DecisionEngine engine = engine("""
                rule "泄露描述"
                when
                    $d : DisputeFact()
                then
                    throw new IllegalStateException($d.getDescription());
                end
                """, RuleLimits.DEFAULTS);

        RuleEvaluationException failed = catchThrowableOfType(RuleEvaluationException.class,
                () -> engine.run("TRIAGE", new TriageDecision(), List.of(dispute("张三的身份证号 330502199001011234"))));

        assertThat(failed).isNotNull();
        assertThat(failed.getMessage()).contains("泄露描述", "java.lang.IllegalStateException")
                .doesNotContain("张三", "330502199001011234");
    }
}
