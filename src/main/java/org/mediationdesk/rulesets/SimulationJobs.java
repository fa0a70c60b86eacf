package org.mediationdesk.rulesets;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What-if simulations as jobs. A job is checked when it starts (period, compilation, case count:
 * 400 at once) and then runs on this node's draft-run executor in a draft-run place; its state,
 * progress and report live in {@code rule_simulation_job}, so any node answers for it and cancels
 * it. Only the author who started a job, or an administrator, sees or cancels it (403 for others).
 */
@Service
class SimulationJobs {

    private final SimulationJobMapper jobs;
    private final RuleSimulation simulation;
    private final SimulationScope scope;
    private final DraftRuns draftRuns;
    private final StoredReports reports;
    private final Executor executor;
    private final DraftRunSettings settings;
    private final Clock clock;
    private final SimulationAccessRecords accessRecords;
    private final Map<String, SimulationJobRun> runningHere = new ConcurrentHashMap<>();

    SimulationJobs(SimulationJobMapper jobs, RuleSimulation simulation, SimulationScope scope, DraftRuns draftRuns,
                   StoredReports reports, @Qualifier("draftRunExecutor") Executor executor, DraftRunSettings settings,
                   Clock clock, SimulationAccessRecords accessRecords) {
        this.accessRecords = accessRecords;
        this.jobs = jobs;
        this.simulation = simulation;
        this.scope = scope;
        this.draftRuns = draftRuns;
        this.reports = reports;
        this.executor = executor;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws org.mediationdesk.system.InvalidRequestException when the period is too long or holds too many cases
     * @throws RuleSetRejectedException when the version does not compile
     * @throws DraftRunRefusedException when the author runs a draft already (a simulation: on any node) or this
     *                                  node runs as many as it may
     */
    SimulationJob start(long versionId, LocalDate from, LocalDate to, AppUser user, Locale locale) {
        DraftRuns.DraftRun place = startRun(user.username());
        try {
            tidy();
            CaseScope cases = scope.of(user);
            RuleSimulation.Prepared prepared = simulation.prepare(versionId, from, to, cases);
            LocalDateTime now = now();
            var row = new SimulationJobMapper.JobRow(UUID.randomUUID().toString(), versionId, user.username(),
                    user.username(), SimulationJobState.RUNNING, false, from, to,
                    cases.everyCentre() ? null : String.join(",", cases.counties()), prepared.cases(), 0, now, now, null);
            try {
                jobs.insertJob(row);
            } catch (DuplicateKeyException e) {
                throw busy(user.username());
            }
            accessRecords.ran(user, versionId, from, to, cases, prepared.cases());
            submit(new SimulationJobRun(row.id(), prepared, locale, place, jobs, simulation, reports, clock));
            return SimulationJob.of(row);
        } catch (RuntimeException e) {
            place.close();
            throw e;
        }
    }

    SimulationJob get(long versionId, String jobId, AppUser user) {
        return SimulationJob.of(row(versionId, jobId, user));
    }

    /** Asks a running job to stop before its next case; it ends CANCELLED. */
    SimulationJob cancel(long versionId, String jobId, AppUser user) {
        row(versionId, jobId, user);
        if (jobs.requestCancel(jobId) == 0) {
            throw new ConflictException("ruleset.simulation.job.ended");
        }
        SimulationJobRun here = runningHere.get(jobId);
        if (here != null) {
            here.cancel();
        }
        return SimulationJob.of(jobs.findJob(jobId).orElseThrow());
    }

    /** @throws ConflictException when the job is not DONE */
    SimulationReport report(long versionId, String jobId, AppUser user) {
        if (row(versionId, jobId, user).state() != SimulationJobState.DONE) {
            throw new ConflictException("ruleset.simulation.job.notDone");
        }
        return reports.read(jobs.findReport(jobId).report());
    }

    /** The simulation the user runs now, on any node. */
    Optional<SimulationJob> runningOf(AppUser user) {
        return jobs.findRunningOf(user.username()).flatMap(jobs::findJob).map(SimulationJob::of);
    }

    /** Jobs still running when this node stops end FAILED: nobody cancelled them. */
    @PreDestroy
    void stopJobsRunningHere() {
        runningHere.values().forEach(SimulationJobRun::stop);
    }

    private DraftRuns.DraftRun startRun(String author) {
        try {
            return draftRuns.start(author);
        } catch (DraftRunRefusedException e) {
            throw e.reason() == DraftRunRefusedException.Reason.AUTHOR_BUSY ? busy(author) : e;
        }
    }

    private DraftRunRefusedException busy(String author) {
        return new DraftRunRefusedException(DraftRunRefusedException.Reason.AUTHOR_BUSY, settings.draftRuns(),
                jobs.findRunningOf(author).flatMap(jobs::findJob)
                        .map(job -> SimulationJob.location(job.versionId(), job.id())).orElse(null));
    }

    private void submit(SimulationJobRun run) {
        runningHere.put(run.id(), run);
        try {
            executor.execute(() -> {
                try {
                    run.run();
                } finally {
                    runningHere.remove(run.id());
                }
            });
        } catch (RejectedExecutionException e) {
            runningHere.remove(run.id());
            jobs.finish(run.id(), SimulationJobState.FAILED, 0, 0, null, now());
            throw new DraftRunRefusedException(DraftRunRefusedException.Reason.POOL_FULL, settings.draftRuns(), null);
        }
    }

    private SimulationJobMapper.JobRow row(long versionId, String jobId, AppUser user) {
        jobs.failStale(now().minus(settings.simulationStaleAfter()), now());
        SimulationJobMapper.JobRow row = jobs.findJob(jobId).filter(job -> job.versionId() == versionId)
                .orElseThrow(() -> new SimulationJobNotFoundException(jobId));
        if (!row.startedBy().equals(user.username()) && !user.has(Role.ADMIN)) {
            throw new SimulationJobForbiddenException(jobId);
        }
        return row;
    }

    /** Fails the jobs whose node stopped and forgets those finished longer ago than they are kept. */
    private void tidy() {
        LocalDateTime now = now();
        jobs.failStale(now.minus(settings.simulationStaleAfter()), now);
        jobs.deleteFinishedBefore(now.minus(settings.simulationKeep()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
