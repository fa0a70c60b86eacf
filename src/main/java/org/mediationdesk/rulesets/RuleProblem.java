package org.mediationdesk.rulesets;

/**
 * Why a version cannot be published: a compile error ({@code line} in the DRL file, 0 when Drools
 * cannot place it) or a failed scenario ({@code line} is the table's row as a spreadsheet numbers it).
 */
public record RuleProblem(String file, int line, String message) {

    /** {@code rules/routing.drl:13}, or just the file when the line is unknown. */
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
