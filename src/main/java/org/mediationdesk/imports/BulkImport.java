package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.imports.ImportResult.CellProblem;
import org.mediationdesk.imports.ImportResult.ImportedCase;
import org.mediationdesk.imports.ImportResult.RejectedRow;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded template: every row is registered on its own through
 * {@link CaseRegistrationService} (its own transaction, the same rules as one registered by hand),
 * with an Idempotency-Key from the row's content, so uploading a file again creates nothing twice
 * and a bad row never holds back the good ones. A file that is not this template is refused whole.
 */
@Service
class BulkImport {

    private final ImportTemplate template;
    private final RowReader reader;
    private final Validator validator;
    private final CaseRegistrationService registration;
    private final ErrorWorkbookWriter errorWriter;
    private final ErrorWorkbooks errorWorkbooks;
    private final MessageSource messages;

    BulkImport(ImportTemplate template, RowReader reader, Validator validator, CaseRegistrationService registration,
               ErrorWorkbookWriter errorWriter, ErrorWorkbooks errorWorkbooks, MessageSource messages) {
        this.template = template;
        this.reader = reader;
        this.validator = validator;
        this.registration = registration;
        this.errorWriter = errorWriter;
        this.errorWorkbooks = errorWorkbooks;
        this.messages = messages;
    }

    ImportResult importFile(String filename, byte[] content, AppUser registrant) {
        List<ImportRow> rows = readRows(filename, content);
        List<ImportedCase> cases = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<ImportRow> rejectedRows = new ArrayList<>();
        for (ImportRow row : rows) {
            List<CellProblem> problems = problemsBeforeRegistration(row);
            if (problems.isEmpty()) {
                try {
                    var registered = registration.register(row.request(), row.idempotencyKey(), registrant);
                    cases.add(new ImportedCase(row.rowNumber(), registered.caseNumber(), registered.replayed()));
                    continue;
                } catch (InvalidRequestException e) {
                    e.problems().forEach(problem -> problems.add(cellProblem(problem.field(), problem.message())));
                } catch (IdempotencyKeyReusedException e) {
                    problems.add(new CellProblem(null, message("request.idempotencyKey.reused")));
                }
            }
            rejected.add(new RejectedRow(row.rowNumber(), problems));
            rejectedRows.add(row);
        }
        int replayed = (int) cases.stream().filter(ImportedCase::alreadyImported).count();
        String errorsId = rejected.isEmpty() ? null
                : errorWorkbooks.put(registrant.username(), errorWriter.write(rejectedRows, rejected));
        return new ImportResult(cases.size() - replayed, replayed, rejected.size(), cases, rejected, errorsId,
                errorsId == null ? null : "/api/imports/" + errorsId + "/errors.xlsx");
    }

    private List<ImportRow> readRows(String filename, byte[] content) {
        if (content.length == 0) {
            throw refused("import.file.empty", filename);
        }
        if (!isOfficeOpenXml(content)) {
            throw refused("import.file.notXlsx", filename);
        }
        try (XSSFWorkbook workbook = open(filename, content)) {
            if (!template.isTemplate(workbook)) {
                throw refused("import.file.wrongTemplate", filename);
            }
            Sheet sheet = workbook.getSheet(ImportTemplate.DATA_SHEET);
            List<ImportRow> rows = new ArrayList<>();
            for (int i = ImportTemplate.FIRST_DATA_ROW; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (reader.isBlank(row)) {
                    continue;
                }
                if (rows.size() == ImportTemplate.MAX_ROWS) {
                    throw refused("import.file.tooManyRows", filename, ImportTemplate.MAX_ROWS);
                }
                rows.add(reader.read(row));
            }
            if (rows.isEmpty()) {
                throw refused("import.file.noRows", filename);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isOfficeOpenXml(byte[] content) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException e) {
            return false;
        }
    }

    private XSSFWorkbook open(String filename, byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException notASpreadsheet) {
            // Any other ZIP (a .docx, a damaged file) fails here.
            throw refused("import.file.notXlsx", filename);
        }
    }

    private List<CellProblem> problemsBeforeRegistration(ImportRow row) {
        List<CellProblem> problems = new ArrayList<>();
        row.problems().forEach((column, message) -> problems.add(new CellProblem(column.zh, message)));
        for (ConstraintViolation<RegisterCaseRequest> violation : validator.validate(row.request())) {
            ImportColumn column = ImportColumn.ofField(violation.getPropertyPath().toString());
            if (column == null || !row.problems().containsKey(column)) {
                problems.add(new CellProblem(column == null ? null : column.zh, violation.getMessage()));
            }
        }
        return problems;
    }

    private static CellProblem cellProblem(String field, String message) {
        ImportColumn column = ImportColumn.ofField(field);
        return new CellProblem(column == null ? null : column.zh, message);
    }

    private InvalidRequestException refused(String code, String filename, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = Objects.requireNonNullElse(filename, "");
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidRequestException(List.of(new FieldProblem("file", message(code, args))));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** The workbook as bytes. */
    static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
