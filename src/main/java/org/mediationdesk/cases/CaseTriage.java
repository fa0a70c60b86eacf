package org.mediationdesk.cases;

import java.time.Clock;
import java.time.LocalDateTime;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.FiredRule;
import org.mediationdesk.routing.RoutingService;
import org.springframework.stereotype.Service;

/** Routes a registered case to a centre and records which rules decided it. */
@Service
class CaseTriage {

    static final String SYSTEM_ACTOR = "system";
    static final String ROUTING = "ROUTING";

    private final CaseMapper cases;
    private final RoutingService routing;
    private final Clock clock;

    CaseTriage(CaseMapper cases, RoutingService routing, Clock clock) {
        this.cases = cases;
        this.routing = routing;
        this.clock = clock;
    }

    /** @return the code of the centre that is to accept the case */
    String triage(long caseId) {
        CaseMapper.CaseRow row = cases.findById(caseId)
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
        RoutingService.Routing result = routing.route(new DisputeFact(row.disputeTypeCode(),
                row.source(), row.countyCode(), row.townshipCode(), row.peopleInvolved(),
                row.amountInDispute()));
        Centre centre = result.centre();
        LocalDateTime now = LocalDateTime.now(clock);
        if (cases.updateRouting(caseId, centre.code(), row.status(), CaseStatus.AWAITING_ACCEPTANCE) != 1) {
            throw new IllegalStateException("Case " + row.caseNumber() + " changed while it was being routed");
        }
        for (FiredRule fired : result.firedRules()) {
            cases.insertDecision(new CaseDecision(caseId, ROUTING, fired.rule(), fired.outcome(),
                    result.ruleSetVersion(), now));
        }
        cases.insertEvent(new CaseEvent(caseId, now, SYSTEM_ACTOR, EventType.ROUTED, row.status(),
                CaseStatus.AWAITING_ACCEPTANCE, "分派至" + centre.nameZh()));
        return centre.code();
    }
}
