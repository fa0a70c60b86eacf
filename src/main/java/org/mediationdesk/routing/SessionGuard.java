package org.mediationdesk.routing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Watches one rule session: collects the rules that fire, in order, and halts the session after a
 * firing that takes it past its {@link RuleLimits}. Firings are counted at every firing. Time and the
 * memory its thread allocated cost a native call each to read: a draft's sessions read them after
 * every firing (a draft may double a string at each one), a published rule set's every
 * {@value #LIVE_CHECK_EVERY} firings, which keeps the cost per live decision small (docs/benchmarks.md).
 */
final class SessionGuard extends DefaultAgendaEventListener {

    private static final com.sun.management.ThreadMXBean THREADS = threads();
    static final int LIVE_CHECK_EVERY = 16;

    private final RuleLimits limits;
    private final int checkEvery;
    private final List<String> fired = new ArrayList<>();
    private final long startedAt = System.nanoTime();
    private final long allocatedAtStart = allocated();
    private String exceeded;

    SessionGuard(RuleLimits limits, int checkEvery) {
        this.limits = limits;
        this.checkEvery = checkEvery;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        fired.add(event.getMatch().getRule().getName());
        if (exceeded == null && (fired.size() > limits.maxFirings() || fired.size() % checkEvery == 0)) {
            exceeded = exceededLimit();
            if (exceeded != null) {
                ((KieSession) event.getKieRuntime()).halt();
            }
        }
    }

    List<String> fired() {
        return fired;
    }

    /** Which limit the session went past ("规则触发 5001 次"), or null. */
    String exceeded() {
        return exceeded;
    }

    /** The rule that fired most, or null when none fired. */
    String mostFired() {
        Map<String, Integer> firings = new HashMap<>();
        fired.forEach(name -> firings.merge(name, 1, Integer::sum));
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    String elapsed() {
        return "用时 " + (System.nanoTime() - startedAt) / 1_000_000 + " 毫秒";
    }

    private String exceededLimit() {
        if (fired.size() > limits.maxFirings()) {
            return "规则触发超过 " + limits.maxFirings() + " 次";
        }
        if (System.nanoTime() - startedAt > limits.maxTime().toNanos()) {
            return "用时超过 " + limits.maxTime().toMillis() + " 毫秒";
        }
        if (THREADS != null && allocated() - allocatedAtStart > limits.maxAllocatedBytes()) {
            return "分配内存超过 " + (limits.maxAllocatedBytes() >> 20) + " MB";
        }
        return null;
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            threads.setThreadAllocatedMemoryEnabled(true);
            return threads;
        }
        return null;
    }
}
