package org.mediationdesk.routing;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for sessions of rule sets nobody has approved (drafts under trial): a session
 * still running long past its time limit is stuck inside one rule (say, a pathological regular
 * expression), where halting between firings cannot reach it, so its thread is stopped. Java 17
 * still stops threads; the session is private to the thread and thrown away, so nothing shared is
 * left half-changed. Published rules are never stopped this way: they were run under it as drafts.
 */
final class HardStop {

    private static final Logger log = LoggerFactory.getLogger(HardStop.class);
    private static final long POLL_MILLIS = 50;
    private static final Set<HardStop> WATCHED = ConcurrentHashMap.newKeySet();

    static {
        Thread watchdog = new Thread(HardStop::watch, "rule-session-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private final Thread thread = Thread.currentThread();
    private final long deadline;
    private boolean running = true;
    private boolean stopping;

    private HardStop(Duration after) {
        this.deadline = System.nanoTime() + after.toNanos();
        WATCHED.add(this);
    }

    /** Watches the calling thread from now on. */
    static HardStop after(Duration after) {
        return new HardStop(after);
    }

    /**
     * The session is over: its thread is no longer to be stopped. A stop the watchdog sent before it
     * saw the session end may still be on its way; it lands here (a native call delivers it at the
     * latest) and is absorbed, so the thread goes on clean. Does nothing for no watch.
     */
    static void settle(HardStop watch) {
        if (watch == null) {
            return;
        }
        while (true) {
            try {
                watch.finish();
                Thread.yield();
                return;
            } catch (ThreadDeath late) {
                log.debug("A stop landed as the session ended; absorbed");
            }
        }
    }

    /** Whether a session of this thread is still watched (and so could still be stopped). */
    static boolean watches(Thread thread) {
        return WATCHED.stream().anyMatch(watch -> watch.thread == thread);
    }

    private synchronized void finish() {
        running = false;
        WATCHED.remove(this);
    }

    /** One daemon thread looks at the watched sessions every {@value #POLL_MILLIS} ms: registering one costs a set insert. */
    private static void watch() {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                long now = System.nanoTime();
                for (HardStop watched : WATCHED) {
                    if (now - watched.deadline > 0) {
                        watched.stopIfRunning();
                    }
                }
            } catch (RuntimeException | Error e) {
                log.error("Rule session watchdog: a check failed; watching on", e);
            }
        }
    }

    /** Stops the thread, and again at each look until the session is over: the stop lands where the thread next checks. */
    @SuppressWarnings("deprecation")
    private synchronized void stopIfRunning() {
        if (!running) {
            return;
        }
        if (!stopping) {
            stopping = true;
            log.warn("Stopping thread {}: a draft's rule session ran past its time limit inside one rule", thread.getName());
        }
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            running = false;
            WATCHED.remove(this);
            log.error("This JVM cannot stop threads; the runaway rule session keeps its thread", e);
        }
    }
}
