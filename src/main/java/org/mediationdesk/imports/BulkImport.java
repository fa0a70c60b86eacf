package org.mediationdesk.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Starts imports of uploaded templates as jobs. What can be judged of the file as a whole is judged
 * while the upload waits, streaming the sheet (an empty file, not a workbook, not this template, no
 * rows, more than {@link ImportTemplate#MAX_ROWS} rows: refused at once, nothing stored); then the
 * file is stored as a job for {@link ImportJobRunner} and the upload answers. Each row is registered
 * by {@link ImportJobRun}. Only the uploader sees a job (others are told there is none).
 */
@Service
class BulkImport {

    /** 5000 rows of the template are well under this. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final ImportTemplate template;
    private final ImportJobMapper jobs;
    private final ImportJobRunner runner;
    private final MessageSource messages;
    private final Clock clock;

    BulkImport(ImportTemplate template, ImportJobMapper jobs, ImportJobRunner runner, MessageSource messages,
               Clock clock) {
        this.template = template;
        this.jobs = jobs;
        this.runner = runner;
        this.messages = messages;
        this.clock = clock;
    }

    /** An upload's bytes; over {@link #MAX_FILE_BYTES} it is refused (413) before it is read. */
    static byte[] bytesOf(MultipartFile file) throws IOException {
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new MaxUploadSizeExceededException(MAX_FILE_BYTES);
        }
        return file.getBytes();
    }

    /** @throws InvalidRequestException naming the file when it cannot be imported at all */
    ImportJob start(String filename, byte[] content, AppUser uploader, Locale locale) {
        String name = Objects.requireNonNullElse(filename, "");
        int rows = countRows(name, content);
        LocalDateTime now = LocalDateTime.now(clock);
        var row = new ImportJobMapper.JobRow(UUID.randomUUID().toString(), uploader.username(),
                name.length() > 255 ? name.substring(0, 255) : name, locale.toLanguageTag(), ImportJobState.QUEUED,
                null, 0, rows, 0, 0, 0, 0, 0, null, now, now, null);
        jobs.insertJob(row, content);
        runner.pollNow();
        return get(row.id(), uploader);
    }

    ImportJob get(String id, AppUser user) {
        return jobs.findJob(id).filter(job -> job.uploadedBy().equals(user.username())).map(ImportJob::of)
                .orElseThrow(() -> new NotFoundException("import.job.notFound", id));
    }

    List<ImportJob> recent(AppUser user) {
        return jobs.findRecentOf(user.username(), 10).stream().map(ImportJob::of).toList();
    }

    /** The data rows that are not blank, checking on the way that this is the template; stops past the limit. */
    private int countRows(String filename, byte[] content) {
        if (content.length == 0) {
            throw refused("import.file.empty", filename);
        }
        if (!isOfficeOpenXml(content)) {
            throw refused("import.file.notXlsx", filename);
        }
        File file = null;
        try {
            file = Files.createTempFile("import-", ".xlsx").toFile();
            Files.write(file.toPath(), content);
            try (WorkbookStream workbook = WorkbookStream.open(file)) {
                if (!template.isTemplate(workbook)) {
                    throw refused("import.file.wrongTemplate", filename);
                }
                int[] rows = {0};
                workbook.rows(ImportTemplate.DATA_SHEET, ImportColumn.values().length, row -> {
                    if (row.rowNumber() > ImportTemplate.FIRST_DATA_ROW && !RowReader.isBlank(row)
                            && ++rows[0] > ImportTemplate.MAX_ROWS) {
                        throw new WorkbookStream.StopReading();
                    }
                });
                if (rows[0] > ImportTemplate.MAX_ROWS) {
                    throw refused("import.file.tooManyRows", filename, ImportTemplate.MAX_ROWS);
                }
                if (rows[0] == 0) {
                    throw refused("import.file.noRows", filename);
                }
                return rows[0];
            }
        } catch (LimitedInputStream.PartTooLargeException e) {
            throw refused("import.file.tooLarge", filename);
        } catch (IOException notAWorkbook) {
            // Any other ZIP (a .docx, a damaged file) fails here.
            throw refused("import.file.notXlsx", filename);
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }

    private static boolean isOfficeOpenXml(byte[] content) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException e) {
            return false;
        }
    }

    private InvalidRequestException refused(String code, String filename, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = filename;
        System.arraycopy(more, 0, args, 1, more.length);
        return new InvalidRequestException(List.of(new FieldProblem("file",
                messages.getMessage(code, args, LocaleContextHolder.getLocale()))));
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
