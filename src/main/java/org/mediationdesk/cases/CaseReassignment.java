package org.mediationdesk.cases;

import java.util.List;

import org.mediationdesk.mediators.LeaveBegan;
import org.mediationdesk.process.WorkItem;
import org.mediationdesk.process.WorkQuery;
import org.mediationdesk.process.Workflow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/** Gives the cases of a mediator whose leave began to colleagues the assignment rules choose (the stand-in first). */
@Service
public class CaseReassignment {

    private final CaseMapper cases;
    private final CaseAssignment assignment;
    private final CaseJournal journal;
    private final Workflow workflow;

    CaseReassignment(CaseMapper cases, CaseAssignment assignment, CaseJournal journal, Workflow workflow) {
        this.cases = cases;
        this.assignment = assignment;
        this.journal = journal;
        this.workflow = workflow;
    }

    /** Moves the open tasks of a mediator whose leave began, in the transaction that recorded the leave. */
    @EventListener
    void onLeaveBegan(LeaveBegan leave) {
        for (WorkItem task : workflow.find(WorkQuery.heldBy(leave.mediator()))) {
            String cover = coverForLeave(task.processInstanceId(), leave.mediator(), leave.standIn(), leave.recordedBy());
            workflow.assign(task.id(), cover);
            if (cover != null) {
                workflow.setMediator(task.processInstanceId(), cover);
            }
        }
    }

    /** @return the new mediator, or null when the case goes back to the centre queue */
    private String coverForLeave(String processInstanceId, String absent, String standIn, String actor) {
        CaseMapper.CaseRow row = cases.findByProcessInstances(List.of(processInstanceId)).get(0);
        String cover = assignment.assign(row, standIn, actor);
        journal.record(row.id(), EventType.LEAVE_REASSIGNED, actor, cover == null
                ? EventNote.of("leaveToQueue", EventNote.user(absent))
                : EventNote.of("leaveToStandIn", EventNote.user(absent), EventNote.user(cover)));
        return cover;
    }

    /**
     * Someone took the case's task (claimed it, or a manager gave it to them): the case is theirs now, for
     * caseloads and caps, and so are its later stages. {@code null} when the task went back to the queue.
     */
    public void handOver(CaseRef ref, String mediator) {
        cases.updateMediator(ref.id(), mediator);
        if (mediator != null) {
            workflow.replaceMediator(ref.processInstanceId(), mediator);
        }
    }
}
