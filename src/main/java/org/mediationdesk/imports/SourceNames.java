package org.mediationdesk.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mediationdesk.reference.DisputeSource;

/** The Chinese names of the dispute sources as the template's drop-down offers them. */
final class SourceNames {

    private static final Map<DisputeSource, String> NAMES = Map.of(DisputeSource.WALK_IN, "当事人申请",
            DisputeSource.GRID_WORKER, "网格员排查", DisputeSource.POLICE_REFERRAL, "公安移送",
            DisputeSource.COURT_REFERRAL, "法院委派", DisputeSource.HOTLINE, "热线",
            DisputeSource.ONLINE, "网上", DisputeSource.PROACTIVE, "主动排查");

    private SourceNames() {
    }

    static List<String> names() {
        return Arrays.stream(DisputeSource.values()).map(NAMES::get).toList();
    }

    /** By Chinese name or code (WALK_IN). */
    static Optional<DisputeSource> parse(String text) {
        return Arrays.stream(DisputeSource.values())
                .filter(source -> source.name().equalsIgnoreCase(text) || NAMES.get(source).equals(text))
                .findFirst();
    }
}
