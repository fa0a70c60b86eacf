package org.mediationdesk.cases;

import java.util.Collection;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.FiredRule;
import org.mediationdesk.routing.RoutingService;
import org.springframework.stereotype.Service;

/** Routes a case to a centre by the rules and records which rules decided it. */
@Service
class CaseTriage {

    static final String SYSTEM_ACTOR = "system";
    static final String ROUTING = "ROUTING";

    private final CaseMapper cases;
    private final CaseJournal journal;
    private final RoutingService routing;
    private final ReferenceData referenceData;

    CaseTriage(CaseMapper cases, CaseJournal journal, RoutingService routing, ReferenceData referenceData) {
        this.cases = cases;
        this.journal = journal;
        this.routing = routing;
        this.referenceData = referenceData;
    }

    /**
     * @param excludedCentres centres that returned the case
     * @return the centre that is to accept the case
     */
    Centre triage(long caseId, Collection<String> excludedCentres) {
        CaseMapper.CaseRow row = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
        RoutingService.Routing result = routing.route(new DisputeFact(row.disputeTypeCode(), row.source(),
                row.countyCode(), row.townshipCode(), row.peopleInvolved(), row.amountInDispute()), excludedCentres);
        Centre centre = result.centre();
        cases.updateCentre(caseId, centre.code());
        for (FiredRule fired : result.firedRules()) {
            cases.insertDecision(new CaseDecision(caseId, ROUTING, fired.rule(), fired.outcome(),
                    result.ruleSetVersion(), journal.now()));
        }
        String note = "分派至" + centre.nameZh();
        if (row.status() == CaseStatus.AWAITING_ACCEPTANCE) {
            journal.record(caseId, EventType.ROUTED, SYSTEM_ACTOR, note);
        } else {
            journal.move(row, CaseStatus.AWAITING_ACCEPTANCE, EventType.ROUTED, SYSTEM_ACTOR, note);
        }
        return centre;
    }

    Centre countyCentreOf(long caseId) {
        return referenceData.countyCentre(cases.findById(caseId).orElseThrow().countyCode());
    }
}
