package org.mediationdesk.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Service;

/**
 * Runs the compiled rules: a fresh stateless session per decision (thread-safe), the result fact
 * inserted with the facts, and the names of the rules that fired collected in firing order.
 */
@Service
public class DecisionEngine {

    private final CompiledRules rules;

    DecisionEngine(CompiledRules rules) {
        this.rules = rules;
    }

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
        try {
            session.execute(all);
        } catch (RuntimeException e) {
            throw new RuleEvaluationException(kind, String.valueOf(e.getMessage()), e);
        }
        return new Decision<>(kind, result, List.copyOf(fired), rules.version());
    }
}
