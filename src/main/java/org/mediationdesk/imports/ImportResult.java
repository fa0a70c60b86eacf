package org.mediationdesk.imports;

import java.util.List;

/**
 * What an upload did: cases created, rows found already imported (by an earlier upload of the same
 * row), rows rejected with their problems, and where to download the rejected rows as a workbook.
 */
record ImportResult(int imported, int alreadyImported, int rejected, List<ImportedCase> cases,
                    List<RejectedRow> rejectedRows, String errorWorkbookId, String errorWorkbook) {

    /** A row that is a case now; {@code alreadyImported} when an earlier upload created it. */
    record ImportedCase(int row, String caseNumber, boolean alreadyImported) {
    }

    /** A rejected row (its Excel row number) and its problems. */
    record RejectedRow(int row, List<CellProblem> problems) {
    }

    /** A problem of one cell: the column's Chinese header (null for the row as a whole) and the message. */
    record CellProblem(String column, String message) {
    }
}
