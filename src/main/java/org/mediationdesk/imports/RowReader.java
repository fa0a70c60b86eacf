package org.mediationdesk.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.intake.PartyRequest;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.reference.DisputeType;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a template row into a registration. Names are turned into codes (渔业 → FISHERY,
 * 南浔区 → 330503, 个人 → PERSON; codes are accepted too); a name it does not know is passed on
 * as typed, for the registration's checks to reject with their usual message. Every cell that
 * cannot be read (a date that is no day, a number that is none, an error or formula without a
 * result) is a problem of its cell, never a failure of the file.
 */
@Component
class RowReader {

    /** Strict: 2026-02-30 is no day, not the last of February. */
    private static final List<DateTimeFormatter> DATES = List.of("uuuu-MM-dd", "uuuu/M/d", "uuuu-M-d", "uuuu.M.d",
            "uuuu年M月d日").stream().map(pattern -> DateTimeFormatter.ofPattern(pattern)
            .withResolverStyle(ResolverStyle.STRICT)).toList();
    /** 9999-12-31, the last day Excel can show. */
    private static final double LAST_EXCEL_DAY = 2_958_465;
    private static final BigDecimal MAX_PEOPLE = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final DataFormatter formatter = new DataFormatter();

    RowReader(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** Whether the row has no content at all (rows Excel keeps for formatting only). */
    static boolean isBlank(RawRow row) {
        return row.cells().stream().allMatch(cell -> cell == null || cell.kind() == RawCell.Kind.TEXT && cell.text().isBlank());
    }

    ImportRow read(RawRow row, boolean date1904) {
        Map<ImportColumn, String> problems = new EnumMap<>(ImportColumn.class);
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(normalise(row.cell(column), column, date1904, problems));
        }
        var source = SourceNames.parse(cells.get(ImportColumn.SOURCE.ordinal()));
        if (source.isEmpty() && !cells.get(ImportColumn.SOURCE.ordinal()).isEmpty() && !problems.containsKey(ImportColumn.SOURCE)) {
            problems.put(ImportColumn.SOURCE, message("import.cell.notOneOf", String.join("、", SourceNames.names())));
        }
        LocalDate occurredOn = problems.containsKey(ImportColumn.OCCURRED_ON) ? null : date(cells, problems);
        BigDecimal people = number(cells, ImportColumn.PEOPLE, problems);
        if (people != null && people.stripTrailingZeros().scale() > 0) {
            problems.put(ImportColumn.PEOPLE, message("import.cell.notWholeNumber"));
        } else if (people != null && people.abs().compareTo(MAX_PEOPLE) > 0) {
            problems.put(ImportColumn.PEOPLE, message("import.cell.tooLarge", people.toPlainString()));
        }
        BigDecimal amount = number(cells, ImportColumn.AMOUNT, problems);
        List<PartyRequest> parties = List.of(
                party(PartyRole.APPLICANT, cells, ImportColumn.APPLICANT_NAME, problems),
                party(PartyRole.RESPONDENT, cells, ImportColumn.RESPONDENT_NAME, problems));
        RegisterCaseRequest request = new RegisterCaseRequest(
                typeCode(cells.get(ImportColumn.TYPE.ordinal())), source.orElse(null),
                countyCode(cells.get(ImportColumn.COUNTY.ordinal())), cells.get(ImportColumn.TOWNSHIP.ordinal()),
                emptyToNull(cells.get(ImportColumn.VILLAGE.ordinal())), cells.get(ImportColumn.DESCRIPTION.ordinal()),
                occurredOn, people == null || problems.containsKey(ImportColumn.PEOPLE) ? null : people.intValue(),
                problems.containsKey(ImportColumn.AMOUNT) ? null : amount, parties, List.of(), null, null, null);
        return new ImportRow(row.rowNumber(), List.copyOf(cells), request, problems);
    }

    private PartyRequest party(PartyRole role, List<String> cells, ImportColumn nameColumn,
                               Map<ImportColumn, String> problems) {
        int name = nameColumn.ordinal();
        ImportColumn kindColumn = ImportColumn.values()[name + 1];
        String kindText = cells.get(name + 1);
        PartyKind kind = switch (kindText.toUpperCase()) {
            case "", ImportTemplate.PERSON, "PERSON" -> PartyKind.PERSON;
            case ImportTemplate.ORGANISATION, "ORGANISATION" -> PartyKind.ORGANISATION;
            default -> {
                problems.put(kindColumn, message("import.cell.notOneOf", ImportTemplate.PERSON + "、" + ImportTemplate.ORGANISATION));
                yield null;
            }
        };
        return new PartyRequest(role, kind, cells.get(name), cells.get(name + 2), cells.get(name + 3), List.of());
    }

    private String typeCode(String text) {
        return referenceData.disputeTypes().stream()
                .filter(type -> type.nameZh().equals(text) || type.code().equalsIgnoreCase(text))
                .map(DisputeType::code).findFirst().orElse(text);
    }

    private String countyCode(String text) {
        return referenceData.regions().stream().filter(region -> "COUNTY".equals(region.regionLevel()))
                .filter(region -> region.nameZh().equals(text) || region.code().equals(text))
                .map(Region::code).findFirst().orElse(text);
    }

    private LocalDate date(List<String> cells, Map<ImportColumn, String> problems) {
        String text = cells.get(ImportColumn.OCCURRED_ON.ordinal());
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisFormatOrNoSuchDay) {
                // try the next
            }
        }
        problems.put(ImportColumn.OCCURRED_ON, message("import.cell.notADate", text));
        return null;
    }

    private BigDecimal number(List<String> cells, ImportColumn column, Map<ImportColumn, String> problems) {
        String text = cells.get(column.ordinal()).replace(",", "");
        if (text.isEmpty() || problems.containsKey(column)) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.precision() - number.scale() > 15) {
                problems.put(column, message("import.cell.tooLarge", text));
                return null;
            }
            return number;
        } catch (NumberFormatException | ArithmeticException e) {
            problems.put(column, message("import.cell.notANumber", text));
            return null;
        }
    }

    /**
     * The cell as text, trimmed: dates as yyyy-mm-dd, numbers in number columns as written in the file
     * (never through a double), numbers in text columns as Excel shows them (DataFormatter). A cell
     * that cannot be read (an error, a formula without a saved result, a date out of range, an ID
     * number Excel stored as a number) is a problem of its column.
     */
    private String normalise(RawCell cell, ImportColumn column, boolean date1904, Map<ImportColumn, String> problems) {
        if (cell == null) {
            return "";
        }
        if (cell.cutShort()) {
            problems.put(column, message("import.cell.tooLong", SheetRowHandler.MAX_CELL_CHARS));
        }
        return switch (cell.kind()) {
            case ERROR -> problem(problems, column, "import.cell.error", cell.text());
            case FORMULA_WITHOUT_VALUE -> problem(problems, column, "import.cell.formulaWithoutValue");
            case BOOLEAN, TEXT -> cell.text().strip();
            case NUMBER -> number(cell, column, date1904, problems);
        };
    }

    private String number(RawCell cell, ImportColumn column, boolean date1904, Map<ImportColumn, String> problems) {
        double value;
        BigDecimal exact;
        try {
            exact = new BigDecimal(cell.text());
            value = Double.parseDouble(cell.text());
        } catch (NumberFormatException notANumber) {
            // "NaN", "INF" or junk where a number should be
            return problem(problems, column, "import.cell.notANumber", cell.text());
        }
        if (column == ImportColumn.OCCURRED_ON) {
            if (!DateUtil.isValidExcelDate(value) || value < 1 || value > LAST_EXCEL_DAY) {
                return problem(problems, column, "import.cell.notADate", exact.stripTrailingZeros().toPlainString());
            }
            return DateUtil.getLocalDateTime(value, date1904).toLocalDate().toString();
        }
        if (column == ImportColumn.PEOPLE || column == ImportColumn.AMOUNT) {
            return exact.stripTrailingZeros().toPlainString();
        }
        String shown = formatter.formatRawCellContents(value, cell.formatIndex(), cell.formatString()).strip();
        if ((column == ImportColumn.APPLICANT_ID || column == ImportColumn.RESPONDENT_ID)
                && exact.stripTrailingZeros().precision() > 15) {
            problems.put(column, message("import.cell.idAsNumber", shown));
        }
        return shown;
    }

    private String problem(Map<ImportColumn, String> problems, ImportColumn column, String code, Object... args) {
        problems.put(column, message(code, args));
        return "";
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
