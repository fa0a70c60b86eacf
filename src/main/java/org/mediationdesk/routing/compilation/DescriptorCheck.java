package org.mediationdesk.routing.compilation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Walks a parsed DRL file before Drools compiles it. Refused outright: globals, {@code declare},
 * queries, windows and entry points, {@code from}, {@code accumulate} and {@code collect}, the MVEL
 * dialect, timers and calendars, named consequences, wildcard, static and function imports, and
 * salience or {@code enabled} written as expressions. Imports and fact types must be allowed types;
 * conditions are checked by {@link ConstraintCheck}. Functions, consequences and {@code eval}
 * are Java, checked after compilation by {@link BytecodeCheck}.
 */
final class DescriptorCheck {

    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("activation-group", "agenda-group",
            "ruleflow-group", "no-loop", "lock-on-active", "auto-focus", "date-effective", "date-expires");
    /** Rules compile into classes of their package: keep them out of ours and the JDK's. */
    private static final String RULES_PACKAGE = "rules";
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private final String file;
    private final TypeNames types;
    private final Set<String> functions;
    private final List<RuleCompilationException.Problem> problems = new ArrayList<>();

    private DescriptorCheck(String file, PackageDescr pkg) {
        this.file = file;
        this.types = new TypeNames(pkg);
        this.functions = new HashSet<>();
        pkg.getFunctions().forEach(function -> functions.add(function.getName()));
    }

    static List<RuleCompilationException.Problem> of(String file, PackageDescr pkg) {
        DescriptorCheck check = new DescriptorCheck(file, pkg);
        check.checkPackage(pkg);
        return check.problems;
    }

    private void checkPackage(PackageDescr pkg) {
        String name = pkg.getName() == null ? "" : pkg.getName();
        if (!name.equals(RULES_PACKAGE) && !name.startsWith(RULES_PACKAGE + ".")) {
            refuse(Refusal.CONSTRUCT, pkg, "package " + name + "（包名须为 rules 或 rules.… / the package must be rules or rules.…）");
        }
        for (ImportDescr imported : pkg.getImports()) {
            String target = imported.getTarget();
            if (target.endsWith(".*")) {
                refuse(Refusal.CONSTRUCT, imported, "import " + target + "（通配符导入 wildcard import）");
            } else if (AllowedNames.bySourceName(target) == null) {
                refuse(Refusal.NAME, imported, target);
            }
        }
        pkg.getFunctionImports().forEach(imported -> refuse(Refusal.CONSTRUCT, imported,
                "import function " + imported.getTarget()));
        pkg.getAccumulateImports().forEach(imported -> refuse(Refusal.CONSTRUCT, imported,
                "import accumulate " + imported.getTarget()));
        pkg.getGlobals().forEach(global -> refuse(Refusal.CONSTRUCT, global, "global " + global.getIdentifier()));
        pkg.getTypeDeclarations().forEach(declared -> refuse(Refusal.CONSTRUCT, declared,
                "declare " + declared.getTypeName()));
        pkg.getEnumDeclarations().forEach(declared -> refuse(Refusal.CONSTRUCT, declared,
                "declare enum " + declared.getTypeName()));
        pkg.getEntryPointDeclarations().forEach(declared -> refuse(Refusal.CONSTRUCT, declared,
                "declare entry-point " + declared.getEntryPointId()));
        pkg.getWindowDeclarations().forEach(declared -> refuse(Refusal.CONSTRUCT, declared,
                "declare window " + declared.getName()));
        pkg.getAttributes().forEach(this::checkAttribute);
        for (FunctionDescr function : pkg.getFunctions()) {
            if (function.getDialect() != null && !"java".equals(function.getDialect())) {
                refuse(Refusal.CONSTRUCT, function, "dialect \"" + function.getDialect() + "\"");
            }
        }
        pkg.getRules().forEach(this::checkRule);
    }

    private void checkRule(RuleDescr rule) {
        if (rule.isQuery()) {
            refuse(Refusal.CONSTRUCT, rule, "query " + rule.getName());
            return;
        }
        rule.getAttributes().values().forEach(this::checkAttribute);
        if (!rule.getNamedConsequences().isEmpty()) {
            refuse(Refusal.CONSTRUCT, rule, "then[...]（具名结果 named consequences）");
        }
        checkConditions(rule.getLhs(), new HashMap<>());
    }

    private void checkAttribute(AttributeDescr attribute) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        boolean allowed = PLAIN_ATTRIBUTES.contains(name)
                || "salience".equals(name) && INTEGER.matcher(value).matches()
                || "enabled".equals(name) && ("true".equals(value) || "false".equals(value))
                || "dialect".equals(name) && "java".equals(value);
        if (!allowed) {
            refuse(Refusal.CONSTRUCT, attribute, name + " " + value);
        }
    }

    private void checkConditions(BaseDescr element, Map<String, Class<?>> bindings) {
        if (element instanceof PatternDescr pattern) {
            checkPattern(pattern, bindings);
        } else if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr || element instanceof ForallDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                checkConditions(child, bindings);
            }
        } else if (!(element instanceof EvalDescr)) {
            refuse(Refusal.CONSTRUCT, element, keyword(element));
        }
    }

    private void checkPattern(PatternDescr pattern, Map<String, Class<?>> bindings) {
        if (pattern.getSource() != null) {
            refuse(Refusal.CONSTRUCT, pattern, keyword(pattern.getSource()));
            return;
        }
        if (!pattern.getBehaviors().isEmpty()) {
            refuse(Refusal.CONSTRUCT, pattern, "over window");
            return;
        }
        Class<?> type = types.resolve(pattern.getObjectType());
        if (type == null || !AllowedNames.MODEL.contains(type)) {
            refuse(types.exists(pattern.getObjectType()) || type != null ? Refusal.NAME : Refusal.UNKNOWN_NAME,
                    pattern, types.qualified(pattern.getObjectType()));
            return;
        }
        if (pattern.getIdentifier() != null) {
            bindings.put(pattern.getIdentifier(), type);
        }
        ConstraintCheck constraints = new ConstraintCheck(type, bindings, types, functions);
        for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expression)) {
                refuse(Refusal.CONSTRUCT, constraint, keyword(constraint));
                continue;
            }
            ConstraintCheck.Verdict verdict = constraints.check(expression.getExpression());
            if (verdict != null) {
                problems.add(verdict.refusal().at(file, line(expression, pattern), verdict.name()));
            }
        }
    }

    private static String keyword(BaseDescr element) {
        String name = element.getClass().getSimpleName().replace("Descr", "");
        return switch (name) {
            case "From" -> "from";
            case "Accumulate" -> "accumulate";
            case "Collect" -> "collect";
            case "EntryPoint" -> "entry-point";
            case "Window" -> "window";
            case "ConditionalBranch", "NamedConsequence" -> "if/do[...]（具名结果 named consequences）";
            default -> name;
        };
    }

    private static int line(BaseDescr element, BaseDescr enclosing) {
        return element.getLine() > 0 ? element.getLine() : enclosing.getLine();
    }

    private void refuse(Refusal refusal, BaseDescr where, String name) {
        problems.add(refusal.at(file, where.getLine(), name));
    }
}
