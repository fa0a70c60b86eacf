package org.mediationdesk.imports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs import jobs on this node, up to {@code mediationdesk.imports.workers} at once. Every node looks
 * for work every {@code mediationdesk.imports.poll} (2 seconds by default), and at once after an upload
 * here: it takes a waiting job, or one whose node stopped (no heartbeat for {@code stale-after}), by a
 * conditional UPDATE, so two nodes never run one job; the job then resumes after its last committed
 * row. A job its nodes gave up on {@code max-attempts} times ends INTERRUPTED. When this node stops,
 * its jobs stop before their next row and are given back for another node to take at once.
 */
@Component
class ImportJobRunner {

    private final ImportJobMapper jobs;
    private final ImportSettings settings;
    private final ObjectProvider<ImportJobRun.Factory> runs;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();
    private final ExecutorService workers;
    private final Map<String, ImportJobRun> runningHere = new ConcurrentHashMap<>();

    ImportJobRunner(ImportJobMapper jobs, ImportSettings settings, ObjectProvider<ImportJobRun.Factory> runs,
                    Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.runs = runs;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(),
                task -> new Thread(task, "import-" + threads.incrementAndGet()));
    }

    String node() {
        return node;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.imports.poll:PT2S}", initialDelayString = "${mediationdesk.imports.poll:PT2S}")
    void poll() {
        pollNow();
    }

    /** Takes on waiting or abandoned jobs while this node has a free worker. */
    synchronized void pollNow() {
        if (workers.isShutdown()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime staleBefore = now.minus(settings.staleAfter());
        jobs.interruptAbandoned(staleBefore, settings.maxAttempts(), now);
        for (String id : jobs.findClaimable(staleBefore, settings.maxAttempts())) {
            if (runningHere.size() >= settings.workers()) {
                return;
            }
            if (jobs.claim(id, node, now, staleBefore, settings.maxAttempts()) == 1) {
                start(jobs.findJob(id).orElseThrow());
            }
        }
    }

    private void start(ImportJobMapper.JobRow job) {
        ImportJobRun run = runs.getObject().create(job, node);
        runningHere.put(job.id(), run);
        workers.execute(() -> {
            try {
                run.run();
            } finally {
                runningHere.remove(job.id());
            }
        });
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void tidy() {
        jobs.deleteRefusedRowsOfEndedJobs();
        jobs.deleteFinishedBefore(LocalDateTime.now(clock).minus(settings.jobKeep()));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        runningHere.values().forEach(ImportJobRun::stop);
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
