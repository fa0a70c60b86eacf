package org.mediationdesk.cases;

import java.util.List;

import org.springframework.stereotype.Service;

/** Gives a case held by an absent mediator to a colleague the assignment rules choose (the stand-in first). */
@Service
public class CaseReassignment {

    private final CaseMapper cases;
    private final CaseAssignment assignment;
    private final CaseJournal journal;

    CaseReassignment(CaseMapper cases, CaseAssignment assignment, CaseJournal journal) {
        this.cases = cases;
        this.assignment = assignment;
        this.journal = journal;
    }

    /** @return the new mediator, or null when the case goes back to the centre queue */
    public String coverForLeave(String processInstanceId, String absent, String standIn, String actor) {
        CaseMapper.CaseRow row = cases.findByProcessInstances(List.of(processInstanceId)).get(0);
        String cover = assignment.assign(row, standIn, actor);
        journal.record(row.id(), EventType.LEAVE_REASSIGNED, actor, absent + "休假，"
                + (cover == null ? "案件回到中心待认领" : "由" + cover + "接办"));
        return cover;
    }

    /** A manager gave the case's task to {@code mediator}: the case is theirs now, for caseloads and caps. */
    public void handOver(String processInstanceId, String mediator) {
        CaseMapper.CaseRow row = cases.findByProcessInstances(List.of(processInstanceId)).get(0);
        cases.updateMediator(row.id(), mediator);
    }
}
