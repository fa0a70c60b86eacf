package org.mediationdesk.system;

/**
 * A LIKE pattern that finds the text as typed: {@code %} and {@code _} in a search are characters,
 * not wildcards. Use it with {@code ESCAPE '!'} (the same on MySQL and H2, and no backslash that
 * MySQL's string literals would swallow).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** {@code %text%} with the text's own {@code !}, {@code %} and {@code _} escaped. */
    public static String containing(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
