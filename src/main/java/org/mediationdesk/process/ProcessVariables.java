package org.mediationdesk.process;

/** Names of the dispute process's variables; the BPMN file refers to them too. */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The centre whose members may accept the case: the acceptance task's candidate group. */
    public static final String CENTRE_CODE = "centreCode";

    private ProcessVariables() {
    }
}
