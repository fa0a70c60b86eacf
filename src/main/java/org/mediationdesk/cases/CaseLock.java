package org.mediationdesk.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work on one case, one request at a time, on any node: the case's row is locked until the caller's
 * transaction ends, so a second claim or completion waits and then sees what the first did.
 */
@Component
public class CaseLock {

    private final CaseMapper cases;

    CaseLock(CaseMapper cases) {
        this.cases = cases;
    }

    /** Take it first in the transaction, before reading what the work depends on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(CaseRef ref) {
        cases.lockCase(ref.id()).orElseThrow(() -> new CaseNotFoundException(ref.caseNumber()));
    }
}
