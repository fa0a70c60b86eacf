package org.mediationdesk.process;

import org.camunda.bpm.engine.variable.Variables;

/** Names of the dispute process's variables and messages; the BPMN file refers to them too. */
public final class ProcessVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    /** The centre whose members work the case: candidate group of its tasks. */
    public static final String CENTRE_CODE = "centreCode";
    /** Candidate group of the county centre's managers (manual triage). */
    public static final String COUNTY_MANAGERS = "countyManagers";
    /** True when the rules failed and the case goes to the county centre's manual triage. */
    public static final String TRIAGE_FAILED = "triageFailed";
    public static final String ACCEPTANCE_DUE = "acceptanceDue";
    public static final String MEDIATION_DUE = "mediationDue";
    public static final String OPINIONS_DUE = "opinionsDue";
    /** The end of the 30 days from the agreement taking effect in which the parties may apply for judicial confirmation. */
    public static final String CONFIRMATION_WINDOW_ENDS = "confirmationWindowEnds";
    /** When the mediator is reminded to ask the court about a ruling that has not been recorded. */
    public static final String CONFIRMATION_RULING_DUE = "confirmationRulingDue";
    public static final String FOLLOW_UP_DUE = "followUpDue";
    /** acceptCase's decision: ACCEPT, RETURN or DECLINE. */
    public static final String ACCEPTANCE = "acceptance";
    public static final String RETURN_COUNT = "returnCount";
    /** Centres that returned the case; triage does not send it back to them. */
    public static final String EXCLUDED_CENTRES = "excludedCentres";
    /** mediate's outcome: AGREED, FAILED or WITHDRAWN. */
    public static final String OUTCOME = "outcome";
    /** The mediator the assignment rules chose for mediate, or null for the centre queue. */
    public static final String ASSIGNED_MEDIATOR = "assignedMediator";
    /** The mediator who concluded the mediation; later stages are assigned to them. */
    public static final String MEDIATOR = "mediator";
    public static final String CONFIRMATION_REQUESTED = "confirmationRequested";
    /** judicialConfirmation's answer: the parties applied within the window. */
    public static final String CONFIRMATION_APPLIED = "confirmationApplied";
    public static final String PERFORMED = "performed";
    public static final String AGENCIES = "agencies";
    public static final String AGENCY = "agency";
    public static final String TRANSFER_TO = "transferTo";
    public static final String TRANSFER_REASON = "transferReason";
    /** A transient note from whoever moved the case, written into the status event. */
    public static final String NOTE = "note";

    public static final String TRANSFER_MESSAGE = "transferRequested";
    public static final String AGENCIES_MESSAGE = "agenciesRequested";
    /** Process versions before supervision had an answer (V21) wait for this instead of {@link #SUPERVISION_MESSAGE}. */
    public static final String ESCALATION_MESSAGE = "escalatedToCounty";
    /** Starts a round of 督办 in its own scope, with {@link #SUPERVISION_LEVEL} and {@link #SUPERVISION_REASON}. */
    public static final String SUPERVISION_MESSAGE = "supervisionRequested";
    /** The level a round of supervision asks for (CENTRE, COUNTY, CITY, ADMINISTRATION); local to the round. */
    public static final String SUPERVISION_LEVEL = "supervisionLevel";
    /** Why a round was asked for; local to the round. */
    public static final String SUPERVISION_REASON = "supervisionReason";
    /** The round's row in case_supervision; local to the round. */
    public static final String SUPERVISION_ID = "supervisionId";
    /** Candidate group of the round's superviseCase task: the first level up that has someone in it. */
    public static final String SUPERVISORS = "supervisors";
    /** When the centre's answer to the round's instruction is due; local to the round. */
    public static final String ANSWER_DUE = "answerDue";
    /** Candidate group of the administrators: supervision nobody else can take ends with them. */
    public static final String ADMINISTRATORS = "administrators";
    public static final String POLICE_ALERT_MESSAGE = "policeAlerted";
    /** The candidate group of the police's acknowledgement: the centre whose desk the police sit at. */
    public static final String POLICE_DESK = "policeDesk";

    private ProcessVariables() {
    }

    /** A {@link #NOTE}: written into the status event the move makes, and not kept in the process. */
    public static Object transientNote(String note) {
        return Variables.stringValue(note, true);
    }

    /** The candidate group of a centre's managers. */
    public static String managersOf(String centreCode) {
        return "managers:" + centreCode;
    }
}
