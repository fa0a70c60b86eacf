package org.mediationdesk.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes what happens to a case's files into its history, in the caller's transaction. */
@Component
public class CaseFileHistory {

    private final CaseJournal journal;

    CaseFileHistory(CaseJournal journal) {
        this.journal = journal;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void attached(CaseRef ref, String actor, String fileName, Enum<?> category) {
        journal.record(ref.id(), EventType.ATTACHMENT_ADDED, actor, EventNote.of("attachmentAdded",
                EventNote.text(fileName), EventNote.label("AttachmentCategory", category)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withdrawn(CaseRef ref, String actor, String fileName, String reason) {
        journal.record(ref.id(), EventType.ATTACHMENT_WITHDRAWN, actor, EventNote.of("attachmentWithdrawn",
                EventNote.text(fileName), EventNote.text(reason)));
    }
}
