package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Runs the compiled rules: a fresh stateless session per decision (thread-safe), the result fact
 * inserted with the facts, and the names of the rules that fired collected in firing order. Each
 * decision takes the rule set active when it starts and finishes on it, whatever is published meanwhile.
 */
@Service
public class DecisionEngine {

    private final Supplier<CompiledRules> source;
    private final ThreadLocal<CompiledRules> pinned = new ThreadLocal<>();

    @Autowired
    DecisionEngine(ActiveRules active) {
        this.source = active;
    }

    private DecisionEngine(CompiledRules fixed) {
        this.source = () -> fixed;
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

    /** An engine on another rule set, e.g. a draft being tried out. */
    static DecisionEngine on(CompiledRules rules) {
        return new DecisionEngine(rules);
    }

    public <R> Decision<R> run(String kind, R result, Collection<?> facts) {
        CompiledRules rules = pinned.get() != null ? pinned.get() : source.get();
        List<String> fired = new ArrayList<>();
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        List<Object> all = new ArrayList<>(facts);
        all.add(result);
        try {
            session.execute(all);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(kind, String.valueOf(e.getMessage()), e);
        }
        return new Decision<>(kind, result, List.copyOf(fired), rules.version());
    }
}
