package org.mediationdesk.tasks;

import java.util.Set;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;

/** Who may work on each stage: managers supervise and triage by hand; mediators and managers do the rest. */
final class StageRoles {

    private static final Set<String> MANAGERS_ONLY = Set.of("superviseCase", "superviseAtCounty", "triageManually");
    private static final Set<String> MEDIATOR_STAGES = Set.of("mediate", "recordAgreement", "judicialConfirmation",
            "followUp", "referral");

    private StageRoles() {
    }

    /** 督办 and manual triage: stages no mediator holds. */
    static boolean managersOnly(String stage) {
        return MANAGERS_ONLY.contains(stage);
    }

    /**
     * Whoever holds a task of these stages holds the case. Acceptance is not among them: the centre accepts,
     * and the assignment rules choose the mediator when mediation starts.
     */
    static boolean holdsTheCase(String stage) {
        return MEDIATOR_STAGES.contains(stage);
    }

    static boolean mayWork(AppUser user, String stage) {
        if (MANAGERS_ONLY.contains(stage)) {
            return user.has(Role.MANAGER);
        }
        return user.has(Role.MEDIATOR) || user.has(Role.MANAGER);
    }
}
