package org.mediationdesk.imports;

import java.util.List;

/** A row of the data sheet as streamed: its Excel row number (from 1) and the template's cells (null where empty). */
record RawRow(int rowNumber, List<RawCell> cells) {

    RawCell cell(ImportColumn column) {
        return cells.get(column.ordinal());
    }
}
