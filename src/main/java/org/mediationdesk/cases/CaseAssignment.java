package org.mediationdesk.cases;

import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.routing.AssignmentDecision;
import org.mediationdesk.routing.Decision;
import org.springframework.stereotype.Component;

/**
 * Asks the assignment rules for a mediator of the case's centre, records the decision, and says
 * in the case history who got it — or, when nobody may, why it waits in the centre queue.
 */
@Component
class CaseAssignment {

    private final CaseMapper cases;
    private final MediatorAssignment mediators;
    private final DecisionLog decisions;
    private final CaseJournal journal;

    private final CaseParties caseParties;

    CaseAssignment(CaseMapper cases, MediatorAssignment mediators, DecisionLog decisions, CaseJournal journal,
                   CaseParties caseParties) {
        this.cases = cases;
        this.caseParties = caseParties;
        this.mediators = mediators;
        this.decisions = decisions;
        this.journal = journal;
    }

    /** @return the mediator chosen, or null when the case waits in the centre queue */
    String assign(CaseMapper.CaseRow row, String standIn, String actor) {
        var parties = caseParties.of(row.id()).stream()
                .map(party -> new MediatorAssignment.Party(party.name(), party.idNumber())).toList();
        Decision<AssignmentDecision> decision = mediators.choose(row.centreCode(), row.disputeTypeCode(), parties,
                row.chosenMediator(), standIn);
        AssignmentDecision result = decision.result();
        decisions.record(row.id(), decision, "centre=" + row.centreCode() + ", type=" + row.disputeTypeCode()
                + ", chosenByParties=" + row.chosenMediator() + ", standIn=" + standIn + ", excluded="
                + result.exclusions(), result.mediator() == null ? "QUEUE" : result.mediator());
        cases.updateMediator(row.id(), result.mediator());
        if (result.mediator() != null) {
            journal.record(row.id(), EventType.ASSIGNED, actor, EventNote.of("assigned", EventNote.user(result.mediator())));
        } else {
            journal.record(row.id(), EventType.NO_MEDIATOR_AVAILABLE, actor, EventNote.of("noMediatorAvailable",
                    EventNote.text(String.join("；", result.exclusions()))));
        }
        return result.mediator();
    }
}
