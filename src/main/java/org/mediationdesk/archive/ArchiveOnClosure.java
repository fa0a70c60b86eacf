package org.mediationdesk.archive;

import java.io.IOException;

import org.mediationdesk.cases.CaseClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Once the transaction that closed a case has committed, produces its archive on another thread. Should
 * that fail, the closure stands: the event's publication stays open (sent again at the next start) and the
 * archive is produced meanwhile when it is first asked for ({@link ArchiveController}).
 */
@Component
class ArchiveOnClosure {

    private final CaseArchives archives;

    ArchiveOnClosure(CaseArchives archives) {
        this.archives = archives;
    }

    /** Without a transaction of its own: none holds a connection while the PDF is written; the store has its own. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void caseClosed(CaseClosed closed) throws IOException {
        archives.produceIfClosed(closed.caseId());
    }
}
