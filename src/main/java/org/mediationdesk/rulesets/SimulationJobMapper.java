package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The simulation jobs of every node (rule_simulation_job): what any node needs to answer for one. */
@Mapper
interface SimulationJobMapper {

    /** @throws org.springframework.dao.DuplicateKeyException when its author runs another simulation */
    void insertJob(JobRow job);

    Optional<JobRow> findJob(String id);

    /** The simulation {@code author} runs now, on any node. */
    Optional<String> findRunningOf(String author);

    /** A running job's progress; 0 rows when it was cancelled or failed meanwhile, so it should stop. */
    int updateProgress(@Param("id") String id, @Param("done") int done, @Param("total") int total,
                       @Param("at") LocalDateTime at);

    /** 0 rows when the job no longer runs. */
    int requestCancel(String id);

    /** Ends a running job (its author may start another); 0 rows when it had ended already. */
    int finish(@Param("id") String id, @Param("state") SimulationJobState state, @Param("done") int done,
               @Param("total") int total, @Param("report") byte[] report, @Param("at") LocalDateTime at);

    ReportRow findReport(String id);

    /** Fails the running jobs that have not moved since {@code before}: their node stopped. */
    int failStale(@Param("before") LocalDateTime before, @Param("at") LocalDateTime at);

    int deleteFinishedBefore(LocalDateTime before);

    /** A finished job's report as stored (see {@link StoredReports}). */
    record ReportRow(byte[] report) {
    }

    /** A row; {@code counties} is comma-separated, null for every centre. */
    record JobRow(String id, long versionId, String startedBy, String runningAuthor, SimulationJobState state,
                  boolean cancelRequested, LocalDate periodFrom, LocalDate periodTo, String counties, int casesTotal,
                  int casesDone, LocalDateTime startedAt, LocalDateTime heartbeatAt, LocalDateTime finishedAt) {
    }
}
