package org.mediationdesk.rulesets;

/** Where a simulation job is: running, done (its report kept), cancelled by a person, or failed. */
public enum SimulationJobState {
    RUNNING, DONE, CANCELLED, FAILED
}
