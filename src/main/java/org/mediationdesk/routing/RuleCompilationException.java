package org.mediationdesk.routing;

import java.util.List;
import java.util.stream.Collectors;

/** The DRL files do not compile; each problem names its file and line. */
public class RuleCompilationException extends RuntimeException {

    private final List<Problem> problems;

    RuleCompilationException(List<Problem> problems) {
        super("Rules do not compile:\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One compile error; {@code line} is 0 or less when Drools cannot place it. */
    public record Problem(String file, int line, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }
}
