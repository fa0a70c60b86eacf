package org.mediationdesk.rulesets;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulation job running on this node. Between cases it checks whether it was cancelled here;
 * about once a second it writes its progress, which also tells it whether it was cancelled on
 * another node. It ends DONE with its report, CANCELLED, or FAILED (nothing of the failure is
 * stored: its message could be a case's text), and then gives its draft-run place back.
 */
final class SimulationJobRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SimulationJobRun.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final String id;
    private final RuleSimulation.Prepared prepared;
    private final Locale locale;
    private final DraftRuns.DraftRun place;
    private final SimulationJobMapper jobs;
    private final RuleSimulation simulation;
    private final StoredReports reports;
    private final Clock clock;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private boolean written;
    private long lastWritten;
    private int done;
    private int total;

    SimulationJobRun(String id, RuleSimulation.Prepared prepared, Locale locale, DraftRuns.DraftRun place,
                     SimulationJobMapper jobs, RuleSimulation simulation, StoredReports reports, Clock clock) {
        this.id = id;
        this.prepared = prepared;
        this.locale = locale;
        this.place = place;
        this.jobs = jobs;
        this.simulation = simulation;
        this.reports = reports;
        this.clock = clock;
        this.total = prepared.cases();
    }

    String id() {
        return id;
    }

    /** Stops the run before its next case; it ends CANCELLED. */
    void cancel() {
        cancelled.set(true);
    }

    /** Stops the run before its next case because the node stops; it ends FAILED. */
    void stop() {
        stopped.set(true);
        cancelled.set(true);
    }

    @Override
    public void run() {
        try {
            SimulationReport report = simulation.run(prepared, locale, this::goOn);
            jobs.finish(id, SimulationJobState.DONE, report.cases(), report.cases(), reports.store(report), now());
        } catch (CancellationException e) {
            jobs.finish(id, stopped.get() ? SimulationJobState.FAILED : SimulationJobState.CANCELLED, done, total,
                    null, now());
        } catch (RuntimeException | Error e) {
            log.warn("Simulation job {} of version {} failed: {}", id, prepared.version().label(), e.getClass().getName());
            log.debug("Simulation job {} failed", id, e);
            jobs.finish(id, SimulationJobState.FAILED, done, total, null, now());
        } finally {
            place.close();
        }
    }

    private boolean goOn(int casesDone, int casesTotal) {
        done = casesDone;
        total = casesTotal;
        if (cancelled.get()) {
            return false;
        }
        long at = System.nanoTime();
        if (!written || at - lastWritten >= PROGRESS_EVERY_NANOS) {
            written = true;
            lastWritten = at;
            if (jobs.updateProgress(id, casesDone, casesTotal, now()) == 0) {
                cancelled.set(true);
                return false;
            }
        }
        return true;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
