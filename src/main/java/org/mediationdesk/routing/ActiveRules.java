package org.mediationdesk.routing;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The rule set this node decides with. A newly published version replaces it whole, in one step;
 * a decision that already holds the old one finishes on it.
 */
public class ActiveRules implements Supplier<CompiledRules> {

    private final AtomicReference<CompiledRules> current;

    public ActiveRules(CompiledRules initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    @Override
    public CompiledRules get() {
        return current.get();
    }

    public void activate(CompiledRules rules) {
        current.set(Objects.requireNonNull(rules));
    }
}
