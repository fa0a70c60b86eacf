package org.mediationdesk.search;

import java.util.Set;

/**
 * Whose cases a search may return, as {@code CaseAccess} lets a user open them: every case for an
 * administrator; otherwise cases of the user's centres ({@code CentreScope}), cases alerted to their
 * centre's police desk, and cases they registered themselves ({@code username}; null for a grid worker, who
 * follows their reports' status on their own list).
 */
record SearchScope(boolean everyCentre, Set<String> centres, String username) {

    SearchScope {
        centres = Set.copyOf(centres);
    }
}
