package org.mediationdesk.system;

/**
 * What free text people type may hold. Refused: control characters (NUL and the like; tab and line
 * breaks only where a text may have several lines), the Unicode controls that reorder how text is
 * shown (a right-to-left override makes "exe.txt" read as "txt.exe"), and lone UTF-16 surrogates,
 * which MySQL stores as "?". A name must also show something: zero-width spaces alone are not a name.
 */
public final class PlainText {

    /** Why a text is refused, or {@link #OK}. */
    public enum Verdict { OK, CONTROL_CHARACTER, LONE_SURROGATE, NOTHING_VISIBLE }

    private PlainText() {
    }

    /** One line: no tab or line breaks either. Null is OK (whether a field is required is checked elsewhere). */
    public static Verdict line(String text) {
        return check(text, false);
    }

    /** A name: one line with at least one visible character. */
    public static Verdict name(String text) {
        return visible(text, line(text));
    }

    /** Several lines (tab and line breaks allowed) with at least one visible character. */
    public static Verdict paragraph(String text) {
        return visible(text, check(text, true));
    }

    private static Verdict visible(String text, Verdict verdict) {
        return verdict == Verdict.OK && text != null && !hasVisible(text) ? Verdict.NOTHING_VISIBLE : verdict;
    }

    private static Verdict check(String text, boolean multiline) {
        if (text == null) {
            return Verdict.OK;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Verdict.LONE_SURROGATE;
            } else if (isControl(c, multiline)) {
                return Verdict.CONTROL_CHARACTER;
            }
        }
        return Verdict.OK;
    }

    private static boolean isControl(char c, boolean multiline) {
        if (multiline && (c == '\t' || c == '\n' || c == '\r')) {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || isBidiControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean hasVisible(String text) {
        return text.codePoints().anyMatch(PlainText::isVisible);
    }

    private static boolean isVisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            // Fillers that render as blank although Unicode calls them letters or symbols.
            default -> codePoint != 0x3164 && codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0xFFA0
                    && codePoint != 0x2800;
        };
    }
}
