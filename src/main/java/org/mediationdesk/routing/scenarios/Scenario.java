package org.mediationdesk.routing.scenarios;

import java.util.List;
import java.util.Map;

/**
 * One row of a scenario table.
 *
 * @param file     the table, e.g. {@code rules/scenarios/routing.csv}
 * @param row      the row as a spreadsheet numbers it (the header is row 1)
 * @param sentence what the scenario says, in the author's words
 * @param cells    the non-empty cells by column, trimmed
 * @param problems what made the row (or the table's header) unreadable; empty when it was read
 */
public record Scenario(String file, int row, String sentence, Map<ScenarioColumn, String> cells,
                       List<String> problems) {

    public Scenario {
        cells = Map.copyOf(cells);
        problems = List.copyOf(problems);
    }

    /** The cell of a column, or null when the row leaves it empty or the table has no such column. */
    public String cell(ScenarioColumn column) {
        return cells.get(column);
    }

    /** Where the row is, for people: {@code rules/scenarios/routing.csv row 7}. */
    public String location() {
        return file + " row " + row;
    }
}
