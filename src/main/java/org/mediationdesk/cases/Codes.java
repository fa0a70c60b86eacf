package org.mediationdesk.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum codes as the database keeps them: comma-separated, null when empty. */
public final class Codes {

    private Codes() {
    }

    public static String join(Collection<? extends Enum<?>> codes) {
        return codes.isEmpty() ? null : codes.stream().map(Enum::name).distinct().sorted()
                .collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> split(String codes, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(code -> Enum.valueOf(type, code.trim())).forEach(set::add);
        }
        return set;
    }
}
