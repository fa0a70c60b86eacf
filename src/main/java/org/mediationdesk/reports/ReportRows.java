package org.mediationdesk.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays a breakdown's figures over a fixed list of row codes, so every report lists the same rows in
 * the same (official) order, with zeros where nothing happened. A code with figures but not in the
 * list (a retired type, say) is kept, after the fixed rows, so totals still add up.
 */
final class ReportRows {

    private ReportRows() {
    }

    /** One row of a breakdown sheet: its label and its figures. */
    record Line(String label, ReportMapper.Breakdown figures) {
    }

    static List<Line> fixed(List<String> codes, List<ReportMapper.Breakdown> found, Function<String, String> label) {
        Map<String, ReportMapper.Breakdown> byCode = new LinkedHashMap<>();
        found.forEach(row -> byCode.put(row.code(), row));
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            ReportMapper.Breakdown row = byCode.remove(code);
            lines.add(new Line(label.apply(code), row != null ? row : new ReportMapper.Breakdown(code, 0, 0, 0)));
        }
        byCode.values().forEach(row -> lines.add(new Line(label.apply(row.code()), row)));
        return lines;
    }

    static ReportMapper.Breakdown total(List<ReportMapper.Breakdown> rows) {
        return new ReportMapper.Breakdown("TOTAL", rows.stream().mapToLong(ReportMapper.Breakdown::received).sum(),
                rows.stream().mapToLong(ReportMapper.Breakdown::concluded).sum(),
                rows.stream().mapToLong(ReportMapper.Breakdown::resolved).sum());
    }
}
