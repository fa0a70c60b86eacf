package org.mediationdesk.intake;

import org.mediationdesk.cases.CaseDeidentified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A de-identified case's Idempotency-Keys go with its personal data: their request hash was made from a
 * body holding the parties' ID numbers, and a retry years after registration has nothing to replay.
 */
@Component
class RegistrationKeyRetention {

    private final RegistrationKeyMapper keys;

    RegistrationKeyRetention(RegistrationKeyMapper keys) {
        this.keys = keys;
    }

    @EventListener
    void onDeidentified(CaseDeidentified deidentified) {
        keys.deleteOfCase(deidentified.caseId());
    }
}
