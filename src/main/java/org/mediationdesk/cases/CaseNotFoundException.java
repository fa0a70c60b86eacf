package org.mediationdesk.cases;

/** No case has this number. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String caseNumber) {
        super("No case " + caseNumber);
    }
}
