package org.mediationdesk.imports;

/**
 * A cell as the sheet's XML stores it, before it means anything: its kind, its text (a number as
 * written in the file, never through a double), its number format, and whether it is a formula's
 * cached result. {@code cutShort} when the text was longer than a cell may be and was cut.
 */
record RawCell(Kind kind, String text, int formatIndex, String formatString, boolean formula, boolean cutShort) {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }
}
