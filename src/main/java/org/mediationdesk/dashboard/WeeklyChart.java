package org.mediationdesk.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.mediationdesk.reports.CentreFigures;

/** What Chart.js draws: one label per week (its Monday) and one stacked series per dispute type. */
record WeeklyChart(List<String> labels, List<Series> datasets) {

    private static final DateTimeFormatter MONDAY = DateTimeFormatter.ofPattern("MM-dd");

    static WeeklyChart of(CentreFigures.WeeklyCounts counts, Function<String, String> typeName) {
        return new WeeklyChart(counts.weeks().stream().map(MONDAY::format).toList(),
                counts.byType().entrySet().stream()
                        .map(entry -> new Series(typeName.apply(entry.getKey()), entry.getValue())).toList());
    }

    record Series(String label, List<Long> data) {
    }
}
