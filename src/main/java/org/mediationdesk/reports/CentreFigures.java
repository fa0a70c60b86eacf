package org.mediationdesk.reports;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's figures for the manager's dashboard, from the same SQL as the Excel report
 * (ReportMapper.xml), so a count on the page and in the spreadsheet mean the same thing.
 */
@Service
public class CentreFigures {

    static final int SUPERVISION_LIMIT = 200;

    private final ReportMapper report;
    private final Clock clock;

    CentreFigures(ReportMapper report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Counts counts(StatisticsReport.Scope scope, ReportPeriod period) {
        var summary = report.summary(scope.centres(), period.start(), period.end(),
                period.asOf(LocalDateTime.now(clock)));
        return new Counts(summary.received(), summary.concluded(), summary.resolved(), summary.inProgress(),
                summary.overdue());
    }

    /**
     * Cases received per week (Monday to Sunday) and type, for the {@code weeks} weeks up to and including
     * the current one; a week without cases has a zero.
     */
    @Transactional(readOnly = true)
    public WeeklyCounts receivedByWeek(StatisticsReport.Scope scope, int weeks) {
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        List<LocalDate> mondays = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            mondays.add(firstMonday.plusWeeks(i));
        }
        Map<String, long[]> byType = new TreeMap<>();
        var rows = report.receivedByDayAndType(scope.centres(), firstMonday.atStartOfDay(),
                thisMonday.plusWeeks(1).atStartOfDay());
        for (ReportMapper.DayCount row : rows) {
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, row.registeredOn());
            byType.computeIfAbsent(row.code(), code -> new long[weeks])[week] += row.received();
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        byType.forEach((code, counts) -> series.put(code, Arrays.stream(counts).boxed().toList()));
        return new WeeklyCounts(mondays, series);
    }

    /** 督办: open cases overdue now, escalated or with an open round of supervision, soonest deadline first (at most 200). */
    @Transactional(readOnly = true)
    public List<SupervisedCase> supervision(StatisticsReport.Scope scope) {
        return report.supervision(scope.centres(), LocalDateTime.now(clock), SUPERVISION_LIMIT).stream()
                .map(row -> new SupervisedCase(row.caseNumber(), row.centreCode(), row.disputeTypeCode(),
                        row.status(), row.due(), row.holder(), row.processInstanceId(), row.overdue(),
                        row.escalated(), row.supervisionLevel(), row.supervisingCentre(),
                        row.skippedCentres() == null ? List.of() : List.of(row.skippedCentres().split(",")),
                        row.leadOfficial(), row.answerDue()))
                .toList();
    }

    /** The dashboard's counts; definitions in docs/reports.md. */
    public record Counts(long received, long concluded, long resolved, long inProgress, long overdue) {

        /** Resolved ÷ concluded, or null when nothing was concluded (a rate of nothing is not 0%). */
        public Double resolutionRate() {
            return concluded == 0 ? null : (double) resolved / concluded;
        }
    }

    /** Week starts (Mondays) and, per dispute type code, the count of each week. */
    public record WeeklyCounts(List<LocalDate> weeks, Map<String, List<Long>> byType) {
    }

    /**
     * An open case to supervise and its latest open round of 督办: the level and centre whose managers have it
     * (null centre: the administrators), the centres passed over for having no manager, the lead official and
     * when the centre's answer is due (null before the instruction).
     */
    public record SupervisedCase(String caseNumber, String centreCode, String disputeTypeCode, String status,
                                 LocalDateTime due, String holder, String processInstanceId, boolean overdue,
                                 boolean escalated, String supervisionLevel, String supervisingCentre,
                                 List<String> passedOver, String leadOfficial, LocalDateTime answerDue) {
    }
}
