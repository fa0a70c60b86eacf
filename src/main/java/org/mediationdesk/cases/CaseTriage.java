package org.mediationdesk.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.IdentityNumbers;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.mediationdesk.routing.DisputeFact;
import org.mediationdesk.routing.DisputeRules;
import org.mediationdesk.routing.PartyFact;
import org.mediationdesk.routing.RuleEvaluationException;
import org.springframework.stereotype.Service;

/**
 * Runs the rules on a registered case — risk, centre, agencies to join, deadlines — stores their
 * verdicts on the case and records every decision with the rules that made it. All four decisions
 * come from one rule set version, even if another is published while they run.
 */
@Service
class CaseTriage {

    static final String SYSTEM_ACTOR = "system";
    private static final int HISTORY_MONTHS = 12;

    private final CaseMapper cases;
    private final CaseJournal journal;
    private final DecisionLog decisions;
    private final DisputeRules rules;
    private final ReferenceData referenceData;
    private final JointMediation jointMediation;
    private final CaseParties parties;

    CaseTriage(CaseMapper cases, CaseJournal journal, DecisionLog decisions, DisputeRules rules,
               ReferenceData referenceData, JointMediation jointMediation, CaseParties parties) {
        this.cases = cases;
        this.parties = parties;
        this.journal = journal;
        this.decisions = decisions;
        this.rules = rules;
        this.referenceData = referenceData;
        this.jointMediation = jointMediation;
    }

    /**
     * @param excludedCentres centres that returned the case
     * @return the centre that is to accept the case
     * @throws RuleEvaluationException when the rules fail; see {@link #fallBack}
     */
    Centre triage(long caseId, Collection<String> excludedCentres) {
        return rules.inOneVersion(() -> decide(caseId, excludedCentres));
    }

    private Centre decide(long caseId, Collection<String> excludedCentres) {
        CaseMapper.CaseRow row = caseRow(caseId);
        LocalDateTime now = journal.now();
        CaseMapper.DisputeHistory history = cases.findHistory(caseId, now.minusMonths(HISTORY_MONTHS));
        DisputeFact facts = new DisputeFact(row.disputeTypeCode(), row.source(), row.countyCode(), row.townshipCode(),
                row.peopleInvolved(), row.amountInDispute(), row.description(),
                Codes.split(row.riskIndicators(), RiskIndicator.class), row.courtStage(), history.ofAParty(),
                history.betweenTheParties(), null);
        var triage = rules.triage(facts, partyFacts(caseId, now));
        decisions.record(caseId, triage, facts.summary(), triage.result().toString());
        cases.updateTriage(caseId, triage.result().riskLevel().name(), Codes.join(triage.result().flags()));

        DisputeFact assessed = facts.withRiskLevel(triage.result().riskLevel());
        var routing = rules.route(assessed, excludedCentres);
        var agencies = rules.agencies(assessed);
        Centre centre = routing.result().centre();
        var deadlines = rules.deadlines(assessed, centre);
        decisions.record(caseId, routing, assessed.summary(), centre.code());
        decisions.record(caseId, agencies, assessed.summary(), String.join(",", agencies.result().agencies()));
        jointMediation.require(caseId, agencies.result().agencies());
        decisions.record(caseId, deadlines, assessed.summary(), deadlines.result().toString());
        cases.updateDeadlines(caseId, deadlines.result().acceptance().code(), deadlines.result().mediationCode(),
                deadlines.result().courtLimit() == null ? null : deadlines.result().courtLimit().code());
        cases.updateCentre(caseId, centre.code());
        routed(row, centre, EventNote.of("routed", EventNote.centre(centre.code())));
        return centre;
    }

    /** The rules failed: the case goes to its county centre for manual triage, and the error is kept. */
    Centre fallBack(long caseId, RuleEvaluationException error) {
        CaseMapper.CaseRow row = caseRow(caseId);
        Centre county = referenceData.countyCentre(row.countyCode());
        decisions.recordFailure(caseId, error, county.code());
        cases.updateCentre(caseId, county.code());
        routed(row, county, EventNote.of("routedAfterRuleFailure", EventNote.centre(county.code())));
        return county;
    }

    Centre countyCentreOf(long caseId) {
        return referenceData.countyCentre(caseRow(caseId).countyCode());
    }

    private void routed(CaseMapper.CaseRow row, Centre centre, EventNote note) {
        if (row.status() == CaseStatus.AWAITING_ACCEPTANCE) {
            journal.record(row.id(), EventType.ROUTED, SYSTEM_ACTOR, note);
        } else {
            journal.move(row, CaseStatus.AWAITING_ACCEPTANCE, EventType.ROUTED, SYSTEM_ACTOR, note);
        }
    }

    private List<PartyFact> partyFacts(long caseId, LocalDateTime now) {
        return parties.of(caseId).stream()
                .map(party -> new PartyFact(Codes.split(party.vulnerabilities(), Vulnerability.class),
                        party.kind() == PartyKind.PERSON
                                ? IdentityNumbers.ageOf(party.idNumber(), now.toLocalDate()).orElse(null) : null))
                .toList();
    }

    private CaseMapper.CaseRow caseRow(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new IllegalStateException("Case " + caseId + " does not exist"));
    }
}
