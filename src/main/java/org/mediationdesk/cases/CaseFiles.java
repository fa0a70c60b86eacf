package org.mediationdesk.cases;

import java.util.List;

/**
 * What the case record needs from the files attached to a case; the attachments module provides it
 * (it depends on this one, not the other way round).
 */
public interface CaseFiles {

    /** The case's files as its JSON and page list them, withdrawn ones too. */
    List<CaseView.AttachmentView> filesOf(long caseId);

    /** Whether closing this case, whose agreement is written, must wait for the agreement's signed scan. */
    boolean signedAgreementMissing(long caseId);
}
