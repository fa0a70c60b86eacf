package org.mediationdesk.routing;

/** What escalation does, each at most once per case. */
public enum EscalationAction {
    /** Yellow: remind the mediator. */
    REMIND_MEDIATOR,
    /** Red for a sub-centre's case for some working days: the county centre's managers supervise it. */
    ESCALATE_TO_COUNTY,
    /** Critical or group disputes: the county centre and the police are told at once. */
    ALERT_COUNTY_AND_POLICE
}
