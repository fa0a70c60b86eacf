package org.mediationdesk.exchange;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.mediationdesk.cases.CaseMilestone;

/** A subscription's event types as stored: their names, comma-separated. */
final class EventTypes {

    private EventTypes() {
    }

    static Set<CaseMilestone.Kind> parse(String stored) {
        Set<CaseMilestone.Kind> kinds = EnumSet.noneOf(CaseMilestone.Kind.class);
        Arrays.stream(stored.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(name -> kinds.add(CaseMilestone.Kind.valueOf(name)));
        return kinds;
    }

    static String join(Set<CaseMilestone.Kind> kinds) {
        return kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
