package org.mediationdesk.imports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.mediationdesk.imports.RejectedRow.CellProblem;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.IdempotencyKeyReusedException;
import org.mediationdesk.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import job running on this node. It reads the stored upload row by row and skips the rows an
 * earlier node committed; each row is registered through {@link CaseRegistrationService} (the same
 * rules as one registered by hand, idempotent by the row's content) in one transaction with the job's
 * counters, or recorded as refused with its problems. Every write names this node: once another node
 * has taken the job over, the write changes nothing, the row's transaction rolls back, and the run
 * stops. At the end the refused rows become the error workbook. The uploader is read again when the
 * job starts: one who may no longer import (disabled, role taken away) ends the job INTERRUPTED.
 */
final class ImportJobRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ImportJobRun.class);
    private static final int ROW_ATTEMPTS = 3;
    private static final TypeReference<List<String>> CELLS = new TypeReference<>() { };
    private static final TypeReference<List<CellProblem>> PROBLEMS = new TypeReference<>() { };

    private final ImportJobMapper.JobRow job;
    private final String node;
    private final Factory parts;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private ImportJobRun(ImportJobMapper.JobRow job, String node, Factory parts) {
        this.job = job;
        this.node = node;
        this.parts = parts;
    }

    /** Stops before the next row and gives the job back (this node stops). */
    void stop() {
        stopped.set(true);
    }

    @Override
    public void run() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(job.locale()));
        File file = null;
        try {
            AppUser uploader = uploader();
            if (uploader == null) {
                end(ImportJobState.INTERRUPTED, null);
                return;
            }
            file = Files.createTempFile("import-" + job.id(), ".xlsx").toFile();
            Files.write(file.toPath(), parts.jobs.findUpload(job.id()).orElseThrow(LostClaim::new).upload());
            try (WorkbookStream workbook = WorkbookStream.open(file)) {
                workbook.rows(ImportTemplate.DATA_SHEET, ImportColumn.values().length, raw -> {
                    if (stopped.get()) {
                        throw new WorkbookStream.StopReading();
                    }
                    if (raw.rowNumber() > Math.max(ImportTemplate.FIRST_DATA_ROW, job.lastRow())
                            && !RowReader.isBlank(raw)) {
                        importRow(parts.reader.read(raw, workbook.date1904()), uploader);
                    }
                });
            }
            if (stopped.get()) {
                parts.jobs.release(job.id(), node);
                return;
            }
            end(ImportJobState.DONE, errorWorkbook());
        } catch (LostClaim taken) {
            log.info("Import job {} was taken over by another node", job.id());
        } catch (IOException | RuntimeException | Error e) {
            log.warn("Import job {} failed: {}", job.id(), e.getClass().getName());
            log.debug("Import job {} failed", job.id(), e);
            parts.jobs.finish(job.id(), node, ImportJobState.INTERRUPTED, null, now());
        } finally {
            if (file != null && !file.delete()) {
                file.deleteOnExit();
            }
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private AppUser uploader() {
        try {
            AppUser user = (AppUser) parts.users.loadUserByUsername(job.uploadedBy());
            return user.isEnabled() && (user.has(Role.INTAKE) || user.has(Role.MANAGER)) ? user : null;
        } catch (UsernameNotFoundException gone) {
            return null;
        }
    }

    private void importRow(ImportRow row, AppUser uploader) {
        List<CellProblem> problems = problemsBeforeRegistration(row);
        if (problems.isEmpty()) {
            try {
                inTransactionRetried(() -> {
                    var registered = parts.registration.register(row.request(), row.idempotencyKey(), uploader);
                    int counted = parts.jobs.rowRegistered(job.id(), node, row.rowNumber(), registered.replayed() ? 0 : 1,
                            registered.replayed() ? 1 : 0, now());
                    if (counted == 0) {
                        throw new LostClaim();
                    }
                });
                return;
            } catch (InvalidRequestException e) {
                e.problems().forEach(problem -> problems.add(cellProblem(problem.field(), problem.message())));
            } catch (IdempotencyKeyReusedException e) {
                problems.add(new CellProblem(null, message("request.idempotencyKey.reused")));
            }
        }
        inTransactionRetried(() -> {
            if (parts.jobs.rowRefused(job.id(), node, row.rowNumber(), now()) == 0) {
                throw new LostClaim();
            }
            parts.jobs.insertRefusedRow(job.id(), row.rowNumber(), json(row.cells()), json(problems));
        });
    }

    /**
     * One row's transaction, run again when the database chose it as a deadlock's victim or timed out its lock wait
     * (MySQL and MariaDB expect clients to retry those): it rolled back whole, and registration is idempotent by the
     * row's key, so one such moment does not end the whole import.
     */
    private void inTransactionRetried(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                parts.transaction.executeWithoutResult(status -> work.run());
                return;
            } catch (PessimisticLockingFailureException lockLost) {
                if (attempt == ROW_ATTEMPTS) {
                    throw lockLost;
                }
                log.info("Import job {}: row retried after {}", job.id(), lockLost.getClass().getSimpleName());
            }
        }
    }

    private List<CellProblem> problemsBeforeRegistration(ImportRow row) {
        List<CellProblem> problems = new ArrayList<>();
        row.problems().forEach((column, message) -> problems.add(new CellProblem(column.zh, message)));
        for (ConstraintViolation<RegisterCaseRequest> violation : parts.validator.validate(row.request())) {
            ImportColumn column = ImportColumn.ofField(violation.getPropertyPath().toString());
            if (column == null || !row.problems().containsKey(column)) {
                problems.add(new CellProblem(column == null ? null : column.zh, violation.getMessage()));
            }
        }
        return problems;
    }

    /** The refused rows, read back a page at a time into a streamed workbook; null when none were refused. */
    private String errorWorkbook() {
        if (parts.jobs.findRefusedRows(job.id(), 0, 1).isEmpty()) {
            return null;
        }
        ErrorWorkbookWriter.Sheet sheet = parts.errorWriter.open();
        int after = 0;
        List<ImportJobMapper.RefusedRow> page;
        do {
            page = parts.jobs.findRefusedRows(job.id(), after, 500);
            for (ImportJobMapper.RefusedRow refused : page) {
                sheet.add(read(refused.cells(), CELLS), new RejectedRow(refused.excelRow(), read(refused.problems(), PROBLEMS)));
                after = refused.excelRow();
            }
            heartbeat();
        } while (!page.isEmpty());
        return parts.errorWorkbooks.put(job.uploadedBy(), sheet.finish());
    }

    private void end(ImportJobState state, String errorWorkbookId) {
        parts.transaction.executeWithoutResult(status -> {
            if (parts.jobs.finish(job.id(), node, state, errorWorkbookId, now()) == 0) {
                throw new LostClaim();
            }
            parts.jobs.deleteRefusedRows(job.id());
        });
    }

    private void heartbeat() {
        if (parts.jobs.heartbeat(job.id(), node, now()) == 0) {
            throw new LostClaim();
        }
    }

    private static CellProblem cellProblem(String field, String message) {
        ImportColumn column = ImportColumn.ofField(field);
        return new CellProblem(column == null ? null : column.zh, message);
    }

    private String json(Object value) {
        try {
            return parts.json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return parts.json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String message(String code) {
        return parts.messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(parts.clock);
    }

    /** Another node holds the job now. */
    private static final class LostClaim extends RuntimeException {
        LostClaim() {
            super(null, null, false, false);
        }
    }

    /** What a run needs, as one bean. */
    @Component
    static class Factory {
        private final ImportJobMapper jobs;
        private final RowReader reader;
        private final Validator validator;
        private final CaseRegistrationService registration;
        private final ErrorWorkbookWriter errorWriter;
        private final ErrorWorkbooks errorWorkbooks;
        private final UserDetailsService users;
        private final TransactionTemplate transaction;
        private final MessageSource messages;
        private final ObjectMapper json;
        private final Clock clock;

        Factory(ImportJobMapper jobs, RowReader reader, Validator validator, CaseRegistrationService registration,
                ErrorWorkbookWriter errorWriter, ErrorWorkbooks errorWorkbooks, UserDetailsService users,
                TransactionTemplate transaction, MessageSource messages, ObjectMapper json, Clock clock) {
            this.jobs = jobs;
            this.reader = reader;
            this.validator = validator;
            this.registration = registration;
            this.errorWriter = errorWriter;
            this.errorWorkbooks = errorWorkbooks;
            this.users = users;
            this.transaction = transaction;
            this.messages = messages;
            this.json = json;
            this.clock = clock;
        }

        ImportJobRun create(ImportJobMapper.JobRow job, String node) {
            return new ImportJobRun(job, node, this);
        }
    }
}
