package org.mediationdesk.rulesets;

import org.mediationdesk.system.NotFoundException;

/** No simulation job of that version has this id (404); finished jobs are kept for a day. */
class SimulationJobNotFoundException extends NotFoundException {

    SimulationJobNotFoundException(String jobId) {
        super("ruleset.simulation.job.notFound", "simulation job " + jobId);
    }
}
