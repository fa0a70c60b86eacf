package org.mediationdesk.routing.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a scenario table: CSV in UTF-8 (a byte-order mark, as Excel and WPS write it, is ignored),
 * a header row naming the columns, then one scenario per row. Rows with every cell empty are skipped.
 * A header that names an unknown column, or one column twice, makes the whole table one failed row,
 * so that a misspelt expected column cannot go unchecked without anyone noticing.
 */
public final class ScenarioReader {

    static final String HEADER = "(表头 header)";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ScenarioReader() {
    }

    /**
     * @param file the table's name in messages, e.g. {@code rules/scenarios/routing.csv}
     * @param text the table's content
     */
    public static List<Scenario> read(String file, String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(content, FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Scenario(file, 1, HEADER, Map.of(), List.of("not a readable CSV table: " + e.getMessage())));
        }
        if (records.isEmpty()) {
            return List.of();
        }
        CSVRecord header = records.get(0);
        Map<Integer, ScenarioColumn> columns = new HashMap<>();
        List<String> headerProblems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            var column = ScenarioColumn.forHeader(name);
            if (column.isEmpty()) {
                headerProblems.add("column " + (i + 1) + " «" + name + "» is not a scenario column (the columns are: "
                        + ScenarioColumn.allHeaders() + ")");
            } else if (columns.containsValue(column.get())) {
                headerProblems.add("column " + (i + 1) + " «" + name + "» repeats the column " + column.get().key());
            } else {
                columns.put(i, column.get());
            }
        }
        if (!columns.containsValue(ScenarioColumn.SCENARIO)) {
            headerProblems.add("no 场景 scenario column");
        }
        int headerRow = rowOf(header, content);
        if (!headerProblems.isEmpty()) {
            return List.of(new Scenario(file, headerRow, HEADER, Map.of(), headerProblems));
        }

        List<Scenario> scenarios = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            Map<ScenarioColumn, String> cells = new EnumMap<>(ScenarioColumn.class);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                String value = record.get(i);
                if (value.isEmpty()) {
                    continue;
                }
                ScenarioColumn column = columns.get(i);
                if (column == null) {
                    problems.add("«" + value + "» is in column " + (i + 1) + ", which has no header");
                } else {
                    cells.put(column, value);
                }
            }
            if (cells.isEmpty() && problems.isEmpty()) {
                continue;
            }
            String sentence = cells.get(ScenarioColumn.SCENARIO);
            if (sentence == null) {
                problems.add("the 场景 scenario cell is empty: say in a sentence what the row is about");
                sentence = "(无场景 no scenario)";
            }
            scenarios.add(new Scenario(file, rowOf(record, content), sentence, cells, problems));
        }
        return scenarios;
    }

    /** The line a record starts on, 1 for the first; skipped empty lines before it do not count as its start. */
    private static int rowOf(CSVRecord record, String content) {
        int start = (int) record.getCharacterPosition();
        while (start < content.length() && (content.charAt(start) == '\r' || content.charAt(start) == '\n')) {
            start++;
        }
        int row = 1;
        for (int i = 0; i < start; i++) {
            if (content.charAt(i) == '\n') {
                row++;
            }
        }
        return row;
    }
}
