package org.mediationdesk.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
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
 * as typed, for the registration's checks to reject with their usual message. Dates and numbers
 * that cannot be read are problems of their cell.
 */
@Component
class RowReader {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final DataFormatter formatter = new DataFormatter();

    RowReader(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** Whether the row has no content at all (rows Excel keeps for formatting only). */
    boolean isBlank(Row row) {
        if (row == null) {
            return true;
        }
        for (ImportColumn column : ImportColumn.values()) {
            Cell cell = row.getCell(column.ordinal());
            if (cell != null && !formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    ImportRow read(Row row) {
        Map<ImportColumn, String> problems = new EnumMap<>(ImportColumn.class);
        List<String> cells = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            cells.add(normalise(row.getCell(column.ordinal()), column));
        }
        var source = SourceNames.parse(cells.get(ImportColumn.SOURCE.ordinal()));
        if (source.isEmpty() && !cells.get(ImportColumn.SOURCE.ordinal()).isEmpty()) {
            problems.put(ImportColumn.SOURCE, message("import.cell.notOneOf", String.join("、", SourceNames.names())));
        }
        LocalDate occurredOn = date(cells, problems);
        BigDecimal people = number(cells, ImportColumn.PEOPLE, problems);
        if (people != null && people.stripTrailingZeros().scale() > 0) {
            problems.put(ImportColumn.PEOPLE, message("import.cell.notWholeNumber"));
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
                amount, parties, List.of(), null, null, null);
        return new ImportRow(row.getRowNum() + 1, List.copyOf(cells), request, problems);
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
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        problems.put(ImportColumn.OCCURRED_ON, message("import.cell.notADate", text));
        return null;
    }

    private BigDecimal number(List<String> cells, ImportColumn column, Map<ImportColumn, String> problems) {
        String text = cells.get(column.ordinal()).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.put(column, message("import.cell.notANumber", text));
            return null;
        }
    }

    /** The cell as text: dates as yyyy-mm-dd, numbers in plain notation, everything trimmed. */
    private String normalise(Cell cell, ImportColumn column) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && column == ImportColumn.OCCURRED_ON) {
            return DateUtil.getLocalDateTime(cell.getNumericCellValue()).toLocalDate().toString();
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
