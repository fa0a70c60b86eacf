package org.mediationdesk.imports;

import java.util.List;

/** A refused row (its Excel row number) and its problems. */
record RejectedRow(int row, List<CellProblem> problems) {

    /** A problem of one cell: the column's Chinese header (null for the row as a whole) and the message. */
    record CellProblem(String column, String message) {
    }
}
