package org.mediationdesk.routing.compilation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Which DRL file and line each compiled class came from: Drools names a rule's class after the rule
 * (its consequence is {@code defaultConsequence}, its {@code eval}s {@code eval0, eval1…} in order)
 * and a function's class after the function.
 */
final class CodeOrigins {

    private CodeOrigins() {
    }

    /** Where a compiled class came from; {@code line(method)} is the DRL line its first statement is on. */
    record Origin(String file, String name, boolean isRule, int line, int consequenceLine, List<Integer> evalLines) {

        int line(String method) {
            if (method.equals("defaultConsequence")) {
                return consequenceLine;
            }
            if (method.startsWith("eval")) {
                try {
                    int index = Integer.parseInt(method.substring(4));
                    return index < evalLines.size() ? evalLines.get(index) : line;
                } catch (NumberFormatException e) {
                    return line;
                }
            }
            return line;
        }
    }

    /** Origins by internal class name ({@code rules/Rule_…}, {@code rules/Threatening}). */
    static Map<String, Origin> of(Map<String, PackageDescr> parsed, Map<String, String> sources) {
        Map<String, Origin> origins = new HashMap<>();
        parsed.forEach((file, pkg) -> {
            String prefix = pkg.getName().replace('.', '/') + "/";
            for (RuleDescr rule : pkg.getRules()) {
                if (rule.getClassName() != null) {
                    List<Integer> evals = new ArrayList<>();
                    collectEvals(rule.getLhs(), evals);
                    origins.put(prefix + rule.getClassName(), new Origin(file, rule.getName(), true, rule.getLine(),
                            rule.getConsequenceLine(), evals));
                }
            }
            for (FunctionDescr function : pkg.getFunctions()) {
                if (function.getClassName() != null) {
                    int line = firstStatementLine(sources.get(file), function);
                    origins.put(function.getClassName().replace('.', '/'),
                            new Origin(file, function.getName(), false, line, line, List.of()));
                }
            }
        });
        return origins;
    }

    private static void collectEvals(BaseDescr element, List<Integer> lines) {
        if (element instanceof EvalDescr eval) {
            lines.add(eval.getLine());
        } else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> collectEvals(child, lines));
        }
    }

    /** The line of the first statement of a function's body (after its brace, blank lines and comments). */
    private static int firstStatementLine(String source, FunctionDescr function) {
        int at = source == null ? -1 : source.indexOf('{', Math.max(0, function.getStartCharacter()));
        if (at < 0) {
            return function.getLine();
        }
        at++;
        while (at < source.length()) {
            if (Character.isWhitespace(source.charAt(at))) {
                at++;
            } else if (source.startsWith("//", at)) {
                int end = source.indexOf('\n', at);
                at = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", at)) {
                int end = source.indexOf("*/", at);
                at = end < 0 ? source.length() : end + 2;
            } else {
                break;
            }
        }
        return 1 + (int) source.substring(0, Math.min(at, source.length())).chars().filter(c -> c == '\n').count();
    }
}
