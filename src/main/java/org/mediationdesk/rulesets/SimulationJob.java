package org.mediationdesk.rulesets;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A what-if simulation running as a job, as the API and the page show it.
 *
 * @param counties        the counties whose centres' cases it runs on; absent (null) for every centre's
 * @param casesDone       the cases decided so far, of {@code casesTotal}; the count moves about once a second
 * @param cancelRequested someone asked to cancel it; it stops before its next case
 * @param report          where the report is, once DONE
 * @param workbook        where the report's workbook is, once DONE
 */
public record SimulationJob(String id, long versionId, String version, String startedBy, SimulationJobState state,
                            boolean cancelRequested, LocalDate from, LocalDate to, List<String> counties,
                            int casesDone, int casesTotal, LocalDateTime startedAt, LocalDateTime finishedAt,
                            String report, String workbook) {

    static SimulationJob of(SimulationJobMapper.JobRow row) {
        String location = location(row.versionId(), row.id());
        boolean done = row.state() == SimulationJobState.DONE;
        return new SimulationJob(row.id(), row.versionId(), RuleSetVersion.label(row.versionId()), row.startedBy(),
                row.state(), row.cancelRequested(), row.periodFrom(), row.periodTo(),
                row.counties() == null ? null : List.of(row.counties().split(",")),
                row.casesDone(), row.casesTotal(), row.startedAt(), row.finishedAt(),
                done ? location + "/report" : null, done ? location + "/report.xlsx" : null);
    }

    /** Where the API answers for a job: {@code /api/rulesets/versions/2/simulations/<id>}. */
    static String location(long versionId, String jobId) {
        return "/api/rulesets/versions/" + versionId + "/simulations/" + jobId;
    }

    public boolean running() {
        return state == SimulationJobState.RUNNING;
    }

    /** How far it has come, 0 to 100. */
    public int percent() {
        return casesTotal == 0 ? (running() ? 0 : 100) : Math.min(100, casesDone * 100 / casesTotal);
    }
}
