package org.mediationdesk.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link Pattern#matches(String, CharSequence)} for rules, with each regular expression compiled once rather
 * than at every call: a rule's word list (triage.drl's threat words) is a long alternation whose compilation
 * cost more than matching it. At most {@value #KEPT} expressions are kept, since drafts may write any.
 */
public final class TextPatterns {

    private static final int KEPT = 256;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private TextPatterns() {
    }

    /** Whether the whole of {@code text} matches {@code regex}, as {@code text.matches(regex)} says. */
    public static boolean matches(String regex, CharSequence text) {
        Pattern pattern = COMPILED.get(regex);
        if (pattern == null) {
            pattern = Pattern.compile(regex);
            if (COMPILED.size() >= KEPT) {
                COMPILED.clear();
            }
            COMPILED.put(regex, pattern);
        }
        return pattern.matcher(text).matches();
    }
}
