package org.mediationdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.CentreScope;
import org.mediationdesk.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistical report for a manager's centres (or one of them) and a period. Every figure is one
 * SQL aggregate (see ReportMapper.xml for what each counts); the case list streams from a cursor.
 */
@Service
public class StatisticsReport {

    private static final Map<String, String> SOURCES = Map.of("WALK_IN", "当事人申请 Walk-in",
            "GRID_WORKER", "网格员排查 Grid worker", "POLICE_REFERRAL", "公安移送 Police referral",
            "COURT_REFERRAL", "法院委派 Court referral", "HOTLINE", "热线 Hotline", "ONLINE", "网上 Online",
            "PROACTIVE", "主动排查 Proactive");
    private static final Map<String, String> OUTCOMES = Map.of("RESOLVED", "调解成功 Resolved",
            "REFERRED", "转诉讼仲裁 Referred", "TERMINATED", "终止 Terminated", "NOT_ACCEPTED", "不予受理 Not accepted",
            "OPEN", "办理中 Open");

    private final ReportMapper report;
    private final ReferenceData referenceData;
    private final CentreScope centreScope;
    private final Clock clock;

    StatisticsReport(ReportMapper report, ReferenceData referenceData, CentreScope centreScope, Clock clock) {
        this.report = report;
        this.referenceData = referenceData;
        this.centreScope = centreScope;
        this.clock = clock;
    }

    /** @param scope the centres, from {@link #scopeOf} */
    @Transactional(readOnly = true)
    public void write(Scope scope, ReportPeriod period, OutputStream out) throws IOException {
        Set<String> centres = scope.centres();
        LocalDateTime now = LocalDateTime.now(clock);
        var from = period.start();
        var to = period.end();
        List<ReportMapper.Breakdown> byType = report.byType(centres, from, to);
        StatisticsWorkbook workbook = new StatisticsWorkbook(scope.name(), period);
        workbook.summary(report.summary(centres, from, to, now), byType, this::typeName);
        workbook.breakdown(StatisticsWorkbook.BY_TYPE, byType, this::typeName);
        workbook.byCentre(byCounty(report.byCentre(centres, from, to)), this::centreName);
        workbook.breakdown(StatisticsWorkbook.BY_SOURCE, report.bySource(centres, from, to),
                code -> SOURCES.getOrDefault(code, code));
        workbook.breakdown(StatisticsWorkbook.BY_OUTCOME, report.byOutcome(centres, from, to),
                code -> OUTCOMES.getOrDefault(code, code));
        workbook.overdue(report.overdue(centres, now), now, this::centreName);
        try (var cases = report.caseList(centres, from, to)) {
            workbook.caseListAndWrite(cases, this::typeName, this::centreName, out);
        }
    }

    /**
     * The centres a report covers: all of the manager's, or one of them.
     *
     * @param centre one centre of the manager's scope, or null for all of it
     */
    public Scope scopeOf(AppUser manager, String centre) {
        if (!manager.has(Role.MANAGER) && !manager.has(Role.ADMIN)) {
            throw new AccessDeniedException("Reports are for managers");
        }
        Set<String> visible = centreScope.visibleCentres(manager);
        if (centre == null) {
            return new Scope(visible, scopeName(manager.centreCode()));
        }
        if (!visible.contains(centre)) {
            throw new AccessDeniedException("Centre " + centre + " is not the manager's");
        }
        return new Scope(Set.of(centre), scopeName(centre));
    }

    private Map<String, List<ReportMapper.Breakdown>> byCounty(List<ReportMapper.Breakdown> rows) {
        return rows.stream().collect(Collectors.groupingBy(
                row -> referenceData.centre(row.code()).map(c -> referenceData.countyCentre(c.countyCode()).code())
                        .orElse(row.code()),
                TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(ReportMapper.Breakdown::code)).toList())));
    }

    private String scopeName(String centreCode) {
        return centreCode == null ? "全部中心" : centreName(centreCode);
    }

    /** The centres of a report and the name its title shows. */
    public record Scope(Set<String> centres, String name) {
    }

    private String typeName(String code) {
        return referenceData.disputeType(code).map(DisputeType::nameZh).orElse(code);
    }

    private String centreName(String code) {
        return referenceData.centre(code).map(Centre::nameZh).orElse(code);
    }
}
