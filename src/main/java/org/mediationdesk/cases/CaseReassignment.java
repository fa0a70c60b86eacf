package org.mediationdesk.cases;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.mediationdesk.process.ProcessVariables;

import org.springframework.stereotype.Service;

/** Gives a case held by an absent mediator to a colleague the assignment rules choose (the stand-in first). */
@Service
public class CaseReassignment {

    private final CaseMapper cases;
    private final CaseAssignment assignment;
    private final CaseJournal journal;
    private final RuntimeService runtimeService;

    CaseReassignment(CaseMapper cases, CaseAssignment assignment, CaseJournal journal, RuntimeService runtimeService) {
        this.cases = cases;
        this.assignment = assignment;
        this.journal = journal;
        this.runtimeService = runtimeService;
    }

    /** @return the new mediator, or null when the case goes back to the centre queue */
    public String coverForLeave(String processInstanceId, String absent, String standIn, String actor) {
        CaseMapper.CaseRow row = cases.findByProcessInstances(List.of(processInstanceId)).get(0);
        String cover = assignment.assign(row, standIn, actor);
        journal.record(row.id(), EventType.LEAVE_REASSIGNED, actor, absent + "休假，"
                + (cover == null ? "案件回到中心待认领" : "由" + cover + "接办"));
        return cover;
    }

    /**
     * Someone took the case's task (claimed it, or a manager gave it to them): the case is theirs now, for
     * caseloads and caps, and so are its later stages. {@code null} when the task went back to the queue.
     */
    public void handOver(CaseRef ref, String mediator) {
        cases.updateMediator(ref.id(), mediator);
        if (mediator != null && runtimeService.getVariable(ref.processInstanceId(), ProcessVariables.MEDIATOR) != null) {
            runtimeService.setVariable(ref.processInstanceId(), ProcessVariables.MEDIATOR, mediator);
        }
    }
}
