package org.mediationdesk.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The rows of the centre sheet. In a county-wide report each sub-centre's row takes the figures of
 * the copy that sub-centre submitted for exactly the same period (its latest submission), and says so
 * with who submitted it and when; a sub-centre that has not submitted shows live figures, marked as
 * such. The county centre's own row and every row of a report that is not county-wide are live.
 */
@Component
class CentreRollup {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReferenceData referenceData;
    private final SubmissionMapper submissions;
    private final ReportLabels labels;

    CentreRollup(ReferenceData referenceData, SubmissionMapper submissions, ReportLabels labels) {
        this.referenceData = referenceData;
        this.submissions = submissions;
        this.labels = labels;
    }

    /** A county centre's name and its centres' rows, the county centre first. */
    record County(String name, List<StatisticsWorkbook.CentreLine> centres) {
    }

    List<County> rows(StatisticsReport.Scope scope, ReportPeriod period, List<ReportMapper.Breakdown> live) {
        Map<String, ReportMapper.Breakdown> liveByCentre = new HashMap<>();
        live.forEach(row -> liveByCentre.put(row.code(), row));
        Map<String, Submission> submitted = scope.withSubCentres() ? latestOwnReports(scope, period) : Map.of();
        Map<String, List<StatisticsWorkbook.CentreLine>> byCounty = new LinkedHashMap<>();
        for (Centre centre : inReportOrder(scope)) {
            String county = referenceData.countyCentre(centre.countyCode()).code();
            Submission copy = centre.code().equals(scope.centre()) ? null : submitted.get(centre.code());
            StatisticsWorkbook.CentreLine line = copy != null
                    ? new StatisticsWorkbook.CentreLine(centre.nameZh(), new ReportMapper.Breakdown(centre.code(),
                            copy.received(), copy.concluded(), copy.resolved()),
                            "已报送 Submitted：" + copy.submittedByName() + " " + copy.submittedAt().format(WHEN))
                    : new StatisticsWorkbook.CentreLine(centre.nameZh(),
                            liveByCentre.getOrDefault(centre.code(), new ReportMapper.Breakdown(centre.code(), 0, 0, 0)),
                            scope.withSubCentres() && !centre.code().equals(scope.centre())
                                    ? "未报送，实时数据 Not submitted: live" : "实时数据 Live");
            byCounty.computeIfAbsent(county, c -> new ArrayList<>()).add(line);
        }
        return byCounty.entrySet().stream().map(e -> new County(labels.centre(e.getKey()), e.getValue())).toList();
    }

    private Map<String, Submission> latestOwnReports(StatisticsReport.Scope scope, ReportPeriod period) {
        Map<String, Submission> latest = new HashMap<>();
        for (Submission s : submissions.findOwnReports(scope.centres(), period.from(), period.to())) {
            latest.putIfAbsent(s.centreCode(), s);
        }
        return latest;
    }

    /**
     * The scope's centres grouped by county (in code order), each county centre before its sub-centres; a city
     * centre takes no cases and has no row.
     */
    private List<Centre> inReportOrder(StatisticsReport.Scope scope) {
        List<Centre> centres = new ArrayList<>(referenceData.centres().stream()
                .filter(c -> c.countyCode() != null && scope.centres().contains(c.code())).toList());
        centres.sort((a, b) -> {
            int county = a.countyCode().compareTo(b.countyCode());
            if (county != 0) {
                return county;
            }
            int kind = Boolean.compare(a.kind() != CentreKind.COUNTY, b.kind() != CentreKind.COUNTY);
            return kind != 0 ? kind : a.code().compareTo(b.code());
        });
        return centres;
    }
}
