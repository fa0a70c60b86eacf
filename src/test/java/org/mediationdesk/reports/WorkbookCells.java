package org.mediationdesk.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Reading the report back: rows by their label, and the summary checked cell by cell. */
final class WorkbookCells {

    private WorkbookCells() {
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row below the title and header whose label starts with {@code text}. */
    static Row rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getRowNum() < SheetWriter.HEADER_ROWS ? null : row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }

    /** A number, or null for an empty cell. */
    static Double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue();
    }

    /**
     * Every figure of the summary: 本期, 本年累计 and 去年同期 against figures counted from the database for
     * those periods, 同比 and 环比 against the changes of those counts.
     */
    static void assertSummary(Sheet summary, Function<ReportPeriod, ExpectedFigures> expected, ReportPeriod period) {
        ExpectedFigures now = expected.apply(period);
        ExpectedFigures yearToDate = expected.apply(period.yearToDate());
        ExpectedFigures lastYear = expected.apply(period.sameLastYear());
        ExpectedFigures previous = expected.apply(period.previous());
        for (Map.Entry<String, Function<ExpectedFigures, Double>> figure : ExpectedFigures.SUMMARY.entrySet()) {
            Row row = rowStarting(summary, figure.getKey());
            String label = figure.getKey();
            assertClose(label + " 本期", number(row, 1), figure.getValue().apply(now));
            assertClose(label + " 本年累计", number(row, 2), figure.getValue().apply(yearToDate));
            assertClose(label + " 去年同期", number(row, 3), figure.getValue().apply(lastYear));
            if (ExpectedFigures.compared(label.trim())) {
                assertClose(label + " 同比", number(row, 4),
                        change(figure.getValue().apply(now), figure.getValue().apply(lastYear)));
                assertClose(label + " 环比", number(row, 5),
                        change(figure.getValue().apply(now), figure.getValue().apply(previous)));
            } else {
                assertThat(number(row, 4)).as(label + " 同比").isNull();
            }
        }
    }

    private static Double change(Double now, Double before) {
        return now == null || before == null || before == 0 ? null : (now - before) / before;
    }

    private static void assertClose(String what, Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            // MariaDB's AVG is a DECIMAL of 8 places (3.78571429), the expectation a double: 1e-9 was too tight.
            assertThat(actual).as(what).isCloseTo(expected, within(1e-6));
        }
    }
}
