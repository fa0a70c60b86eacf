package org.mediationdesk.imports;

import java.time.LocalDateTime;

/**
 * An import job as the API and the page show it. The counts move with every row: {@code rowsRead} of
 * {@code rowsTotal} rows read, of which {@code registered} became cases, {@code alreadyImported} were
 * cases of an earlier upload of the same rows, and {@code refused} were refused; once the job is DONE
 * with refused rows, {@code errorWorkbook} is where to download them.
 */
public record ImportJob(String id, String filename, ImportJobState state, int rowsTotal, int rowsRead, int registered,
                        int alreadyImported, int refused, LocalDateTime createdAt, LocalDateTime finishedAt,
                        String errorWorkbookId, String errorWorkbook) {

    static ImportJob of(ImportJobMapper.JobRow row) {
        String workbookId = row.state() == ImportJobState.DONE ? row.errorWorkbookId() : null;
        return new ImportJob(row.id(), row.filename(), row.state(), row.rowsTotal(), row.rowsRead(),
                row.rowsRegistered(), row.rowsAlready(), row.rowsRefused(), row.createdAt(), row.finishedAt(),
                workbookId, workbookId == null ? null : "/api/imports/" + workbookId + "/errors.xlsx");
    }

    /** Where the API answers for a job. */
    public String location() {
        return "/api/imports/jobs/" + id;
    }

    public boolean ended() {
        return state == ImportJobState.DONE || state == ImportJobState.INTERRUPTED;
    }

    /** How far it has come, 0 to 100. */
    public int percent() {
        return rowsTotal == 0 ? 100 : Math.min(100, rowsRead * 100 / rowsTotal);
    }
}
