package org.mediationdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * An executor that holds the work it is given until the test runs it, in the test's own thread:
 * work that stays running for exactly as long as the test needs, without sleeping.
 */
public final class HeldExecutor extends AbstractExecutorService {

    private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable work) {
        held.add(work);
    }

    /** Runs all the work held, in the order it came. */
    public void runAll() {
        for (Runnable work = held.poll(); work != null; work = held.poll()) {
            work.run();
        }
    }

    @Override
    public void shutdown() {
        held.clear();
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> dropped = new ArrayList<>(held);
        held.clear();
        return dropped;
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
