package org.mediationdesk.cases;

import org.mediationdesk.system.NotFoundException;

/** No case has this number. */
public class CaseNotFoundException extends NotFoundException {

    public CaseNotFoundException(String caseNumber) {
        super("case.notFound", "No case " + caseNumber);
    }
}
