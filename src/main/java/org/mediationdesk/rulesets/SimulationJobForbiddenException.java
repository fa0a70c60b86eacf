package org.mediationdesk.rulesets;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else started the simulation job (403): only they and administrators see or cancel it. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class SimulationJobForbiddenException extends RuntimeException {

    SimulationJobForbiddenException(String jobId) {
        super("simulation job " + jobId + " was started by someone else");
    }
}
