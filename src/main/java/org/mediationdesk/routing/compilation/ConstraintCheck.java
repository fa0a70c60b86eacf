package org.mediationdesk.routing.compilation;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * Checks one condition of a pattern, e.g. {@code peopleInvolved >= $settings.groupDisputePeople}.
 * Conditions are evaluated by MVEL, which Drools does not compile to checkable bytecode, so they
 * are held to a small grammar instead: comparisons ({@code == != < > <= >= contains memberOf
 * matches}) of literals, bound variables, the fact's properties, enum constants and calls of the
 * file's functions, joined by {@code && ||} and simple arithmetic. Every name is resolved here by
 * reflection on the allowed types; a name that does not resolve, or resolves to something not
 * allowed, is refused. Anything the grammar does not know (casts, {@code new}, indexing, inline
 * collections, null-safe navigation, MVEL blocks) is refused as written.
 */
final class ConstraintCheck {

    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "contains", "memberOf",
            "matches");
    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(?<ident>[A-Za-z_$][A-Za-z0-9_$]*)"
            + "|(?<number>\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?[lLdDfFbBiI]?)"
            + "|(?<string>\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*')"
            + "|(?<punct>[.(),+\\-*/%!]))");
    private static final Set<String> LITERALS = Set.of("null", "true", "false");

    private final Class<?> factType;
    private final Map<String, Class<?>> bindings;
    private final TypeNames types;
    private final Set<String> functions;

    ConstraintCheck(Class<?> factType, Map<String, Class<?>> bindings, TypeNames types, Set<String> functions) {
        this.factType = factType;
        this.bindings = bindings;
        this.types = types;
        this.functions = functions;
    }

    /** What to refuse in the condition, or null when it may run. Bindings it makes are remembered. */
    Verdict check(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = parser.parse(expression);
        if (parser.hasErrors() || tree == null) {
            return new Verdict(Refusal.EXPRESSION, expression.strip());
        }
        try {
            walk(tree);
            return null;
        } catch (Refused refused) {
            return refused.verdict;
        }
    }

    private void walk(BaseDescr descr) {
        if (descr == null) {
            return;
        }
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(this::walk);
        } else if (descr instanceof RelationalExprDescr relation) {
            if (!OPERATORS.contains(relation.getOperator()) || relation.getParameters() != null
                    && !relation.getParameters().isEmpty()) {
                throw new Refused(Refusal.EXPRESSION, relation.getOperator());
            }
            walk(relation.getLeft());
            walk(relation.getRight());
        } else if (descr instanceof AtomicExprDescr atom) {
            new Expression(atom.getExpression()).typeOfAll();
        } else if (descr instanceof BindingDescr binding && !binding.isUnification()) {
            bindings.put(binding.getVariable(), new Expression(binding.getExpression()).typeOfAll());
        } else {
            throw new Refused(Refusal.EXPRESSION, descr.getText() == null ? descr.toString() : descr.getText());
        }
    }

    /** A refusal: which kind, and the name or text refused. */
    record Verdict(Refusal refusal, String name) {
    }

    private static final class Refused extends RuntimeException {

        private final Verdict verdict;

        Refused(Refusal refusal, String name) {
            super(name, null, false, false);
            this.verdict = new Verdict(refusal, name);
        }
    }

    /** One operand: a recursive-descent reading of the grammar above, resolving types as it goes. */
    private final class Expression {

        private final String text;
        private final List<String> tokens = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private int at;

        Expression(String text) {
            this.text = text.strip();
            Matcher matcher = TOKEN.matcher(this.text);
            int end = 0;
            while (end < this.text.length()) {
                if (!matcher.find(end) || matcher.start() != end) {
                    throw new Refused(Refusal.EXPRESSION, this.text);
                }
                for (String kind : List.of("ident", "number", "string", "punct")) {
                    if (matcher.group(kind) != null) {
                        tokens.add(matcher.group(kind));
                        kinds.add(kind);
                    }
                }
                end = matcher.end();
            }
        }

        Class<?> typeOfAll() {
            Class<?> type = sum();
            if (at != tokens.size()) {
                throw new Refused(Refusal.EXPRESSION, text);
            }
            return type;
        }

        private Class<?> sum() {
            Class<?> type = term();
            while (peek("+") || peek("-") || peek("*") || peek("/") || peek("%")) {
                at++;
                term();
                type = Object.class;
            }
            return type;
        }

        private Class<?> term() {
            if (accept("!") || accept("-")) {
                return term();
            }
            if (accept("(")) {
                Class<?> inner = sum();
                expect(")");
                return inner;
            }
            String kind = at < kinds.size() ? kinds.get(at) : "end";
            if (kind.equals("number") || kind.equals("string")) {
                at++;
                return kind.equals("string") ? String.class : Number.class;
            }
            if (!kind.equals("ident")) {
                throw new Refused(Refusal.EXPRESSION, text);
            }
            return path();
        }

        private Class<?> path() {
            String head = tokens.get(at++);
            Class<?> type;
            boolean statics = false;
            if (head.equals("new")) {
                throw new Refused(Refusal.EXPRESSION, text);
            } else if (LITERALS.contains(head)) {
                return Object.class;
            } else if (bindings.containsKey(head)) {
                type = bindings.get(head);
            } else if (head.startsWith("$")) {
                throw new Refused(Refusal.UNKNOWN_NAME, head);
            } else if (head.equals("this")) {
                type = factType;
            } else if (peek("(")) {
                if (!functions.contains(head)) {
                    throw new Refused(Refusal.UNKNOWN_NAME, head);
                }
                arguments();
                type = Object.class;
            } else if (!types.exists(head) && property(factType, head) != null) {
                type = property(factType, head);
            } else {
                type = typeNamed(head);
                statics = true;
            }
            while (accept(".")) {
                String member = identifier();
                if (peek("(")) {
                    int arity = arguments();
                    type = call(type, member, arity, statics);
                } else if (statics) {
                    type = constant(type, member);
                } else {
                    type = require(property(type, member), type, member);
                }
                statics = false;
            }
            return type;
        }

        /** A type named by a simple or qualified name: as many dotted parts as make an allowed type. */
        private Class<?> typeNamed(String head) {
            StringBuilder name = new StringBuilder(head);
            while (true) {
                Class<?> type = types.resolve(name.toString());
                if (type != null) {
                    return type;
                }
                if (types.exists(name.toString())) {
                    throw new Refused(Refusal.NAME, types.qualified(name.toString()));
                }
                if (!(peek(".") && at + 1 < kinds.size() && kinds.get(at + 1).equals("ident"))) {
                    throw new Refused(Refusal.UNKNOWN_NAME, name.toString());
                }
                at++;
                name.append('.').append(tokens.get(at++));
            }
        }

        private int arguments() {
            expect("(");
            int count = 0;
            if (!accept(")")) {
                do {
                    sum();
                    count++;
                } while (accept(","));
                expect(")");
            }
            return count;
        }

        private String identifier() {
            if (at >= tokens.size() || !kinds.get(at).equals("ident")) {
                throw new Refused(Refusal.EXPRESSION, text);
            }
            return tokens.get(at++);
        }

        private boolean peek(String token) {
            return at < tokens.size() && kinds.get(at).equals("punct") && tokens.get(at).equals(token);
        }

        private boolean accept(String token) {
            if (peek(token)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String token) {
            if (!accept(token)) {
                throw new Refused(Refusal.EXPRESSION, text);
            }
        }
    }

    /** The type of a readable property (getter or public field), or null when there is none. */
    private static Class<?> property(Class<?> owner, String name) {
        if (owner.isArray() && name.equals("length")) {
            return int.class;
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String prefix : List.of("get", "is")) {
            for (Method method : owner.getMethods()) {
                if (method.getName().equals(prefix + capitalised) && method.getParameterCount() == 0
                        && !Modifier.isStatic(method.getModifiers())) {
                    return allowedMember(method);
                }
            }
        }
        try {
            Field field = owner.getField(name);
            if (!Modifier.isStatic(field.getModifiers())) {
                return allowedField(field);
            }
        } catch (NoSuchFieldException e) {
            return null;
        }
        return null;
    }

    private static Class<?> require(Class<?> type, Class<?> owner, String member) {
        if (type == null) {
            throw new Refused(Refusal.UNKNOWN_NAME, owner.getSimpleName() + "." + member);
        }
        return type;
    }

    private static Class<?> constant(Class<?> owner, String name) {
        try {
            Field field = owner.getField(name);
            if (Modifier.isStatic(field.getModifiers())) {
                return allowedField(field);
            }
        } catch (NoSuchFieldException e) {
            throw new Refused(Refusal.UNKNOWN_NAME, owner.getSimpleName() + "." + name);
        }
        throw new Refused(Refusal.UNKNOWN_NAME, owner.getSimpleName() + "." + name);
    }

    private static Class<?> call(Class<?> owner, String name, int arity, boolean statics) {
        List<Method> candidates = Arrays.stream(owner.getMethods())
                .filter(method -> method.getName().equals(name) && method.getParameterCount() == arity
                        && (!statics || Modifier.isStatic(method.getModifiers())))
                .toList();
        if (candidates.isEmpty()) {
            throw new Refused(Refusal.UNKNOWN_NAME, owner.getSimpleName() + "." + name);
        }
        Class<?> type = null;
        for (Method candidate : candidates) {
            type = allowedMember(candidate);
        }
        return type;
    }

    private static Class<?> allowedMember(Method method) {
        Class<?> owner = method.getDeclaringClass();
        if (!AllowedNames.allowed(owner)) {
            throw new Refused(Refusal.NAME, owner.getName());
        }
        if (AllowedNames.deniedMember(owner.getName(), method.getName())) {
            throw new Refused(Refusal.NAME, owner.getName() + "." + method.getName());
        }
        for (Class<?> parameter : method.getParameterTypes()) {
            allowedType(parameter);
        }
        return allowedType(method.getReturnType());
    }

    private static Class<?> allowedField(Field field) {
        if (!AllowedNames.allowed(field.getDeclaringClass())) {
            throw new Refused(Refusal.NAME, field.getDeclaringClass().getName());
        }
        return allowedType(field.getType());
    }

    private static Class<?> allowedType(Class<?> type) {
        if (type != void.class && !AllowedNames.allowed(type)) {
            throw new Refused(Refusal.NAME, type.getName());
        }
        return type;
    }
}
