package org.mediationdesk.routing.compilation;

import java.util.List;
import java.util.stream.Collectors;

/** The DRL files do not compile, or break the rule policy; each problem names its file and line. */
public class RuleCompilationException extends RuntimeException {

    private final List<Problem> problems;

    RuleCompilationException(List<Problem> problems) {
        super("Rules do not compile:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem; {@code line} is 0 or less when Drools cannot place it. {@code message} is Chinese
     * for the policy's refusals (Drools' own errors are English); {@code englishMessage} is null when
     * there is no separate English text.
     */
    public record Problem(String file, int line, String message, String englishMessage) {

        Problem(String file, int line, String message) {
            this(file, line, message, null);
        }

        /** The message in English when there is one and English is wanted. */
        public String message(boolean english) {
            return english && englishMessage != null ? englishMessage : message;
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }
}
