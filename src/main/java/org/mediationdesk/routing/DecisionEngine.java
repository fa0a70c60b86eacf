package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs the compiled rules: a fresh stateless session per decision (thread-safe), the result fact
 * inserted with the facts, and the names of the rules that fired collected in firing order. Each
 * decision takes the rule set active when it starts and finishes on it, whatever is published
 * meanwhile. Every session is bounded by {@link RuleLimits}; sessions of a rule set on trial
 * ({@link #on}) are also stopped by force if a single rule runs away.
 */
@Service
public class DecisionEngine {

    private static final Logger log = LoggerFactory.getLogger(DecisionEngine.class);

    private final Supplier<CompiledRules> source;
    private final RuleLimits limits;
    private final boolean onTrial;
    private final ThreadLocal<CompiledRules> pinned = new ThreadLocal<>();

    @Autowired
    DecisionEngine(ActiveRules active, RuleLimits limits) {
        this(active, limits, false);
    }

    DecisionEngine(ActiveRules active) {
        this(active, RuleLimits.DEFAULTS, false);
    }

    private DecisionEngine(Supplier<CompiledRules> source, RuleLimits limits, boolean onTrial) {
        this.source = source;
        this.limits = limits;
        this.onTrial = onTrial;
    }

    /**
     * Runs {@code work} with every decision it makes on the rule set active when it starts, even if
     * another is published meanwhile: for the several decisions about one case.
     */
    <T> T inOneVersion(Supplier<T> work) {
        if (pinned.get() != null) {
            return work.get();
        }
        pinned.set(source.get());
        try {
            return work.get();
        } finally {
            pinned.remove();
        }
    }

    /** An engine on another rule set, e.g. a draft being tried out, with the same limits and a hard stop. */
    DecisionEngine on(CompiledRules rules) {
        return new DecisionEngine(() -> rules, limits, true);
    }

    /**
     * @throws RuleLimitExceededException when the session went past its limits
     * @throws RuleEvaluationException    when a rule threw: its message names the rule and the exception's
     *                                    type only, never the exception's own message, which may carry a
     *                                    case's text (the cause keeps it, for the server's log)
     */
    public <R> Decision<R> run(String kind, R result, Collection<?> facts) {
        CompiledRules rules = pinned.get() != null ? pinned.get() : source.get();
        SessionGuard guard = new SessionGuard(limits, onTrial ? 1 : SessionGuard.LIVE_CHECK_EVERY);
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        session.addEventListener(guard);
        List<Object> all = new ArrayList<>(facts);
        all.add(result);
        HardStop hardStop = onTrial ? HardStop.after(limits.maxTime().plus(limits.hardStopGrace())) : null;
        try {
            session.execute(all);
        } catch (ThreadDeath stopped) {
            HardStop.settle(hardStop);
            throw new RuleLimitExceededException(kind, rules.version(), nameOr(guard.mostFired(), "（单条规则内）"),
                    guard.elapsed() + "，已强制停止");
        } catch (RuntimeException | StackOverflowError e) {
            HardStop.settle(hardStop);
            throw failure(kind, rules.version(), e);
        }
        HardStop.settle(hardStop);
        if (guard.exceeded() != null) {
            throw new RuleLimitExceededException(kind, rules.version(), guard.mostFired(), guard.exceeded());
        }
        return new Decision<>(kind, result, List.copyOf(guard.fired()), rules.version());
    }

    private static RuleEvaluationException failure(String kind, String version, Throwable error) {
        String rule = error instanceof ConsequenceException consequence && consequence.getRule() != null
                ? consequence.getRule().getName() : null;
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = (rule == null ? "规则执行失败" : "规则「" + rule + "」执行失败") + "：" + cause.getClass().getName()
                + "（规则集 " + version + "）";
        log.warn("{} decision failed: {}", kind, message);
        log.debug("{} decision failed", kind, error);
        return new RuleEvaluationException(kind, message, error);
    }

    private static String nameOr(String name, String otherwise) {
        return name == null ? otherwise : name;
    }
}
