package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The benchmarks' baseline: a decision as {@link DecisionEngine} ran one before sessions were bounded
 * (a fresh stateless session, a listener collecting the rules that fired, nothing else), to measure
 * what the bounds cost on the same rules and inputs in the same run.
 */
final class UnguardedEngine extends DecisionEngine {

    private final CompiledRules rules;

    UnguardedEngine(CompiledRules rules) {
        super(new ActiveRules(rules));
        this.rules = rules;
    }

    @Override
    public <R> Decision<R> run(String kind, R result, Collection<?> facts) {
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
        session.execute(all);
        return new Decision<>(kind, result, List.copyOf(fired), rules.version());
    }
}
