package org.mediationdesk.cases;

/** Why a round of 督办 was asked for. */
public enum SupervisionReason {
    /** The acceptance deadline passed (the process's timer). */
    ACCEPTANCE_OVERDUE,
    /** The mediation deadline passed (the process's timer). */
    MEDIATION_OVERDUE,
    /** A sub-centre's case stayed red (rules/escalation.drl). */
    ESCALATED_TO_COUNTY,
    /** A critical or group dispute (rules/escalation.drl). */
    CRITICAL_OR_GROUP,
    /** The centre did not answer the level below in time. */
    ANSWER_OVERDUE
}
