package org.mediationdesk.routing;

import java.math.BigDecimal;
import java.util.Set;

import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;

/**
 * What the rules know of a dispute. {@code riskLevel} is the triage rules' verdict, given to the
 * routing and deadline rules; {@code previousDisputes…} count earlier cases within 12 months.
 */
public class DisputeFact {

    private final String typeCode;
    private final DisputeSource source;
    private final String countyCode;
    private final String townshipCode;
    private final int peopleInvolved;
    private final BigDecimal amountInDispute;
    private final String description;
    private final Set<RiskIndicator> riskIndicators;
    private final CourtStage courtStage;
    private final int previousDisputesOfAParty;
    private final int previousDisputesBetweenTheParties;
    private final RiskLevel riskLevel;

    public DisputeFact(String typeCode, DisputeSource source, String countyCode, String townshipCode, int peopleInvolved,
                       BigDecimal amountInDispute, String description, Set<RiskIndicator> riskIndicators,
                       CourtStage courtStage, int previousDisputesOfAParty, int previousDisputesBetweenTheParties,
                       RiskLevel riskLevel) {
        this.typeCode = typeCode;
        this.source = source;
        this.countyCode = countyCode;
        this.townshipCode = townshipCode;
        this.peopleInvolved = peopleInvolved;
        this.amountInDispute = amountInDispute;
        this.description = description == null ? "" : description;
        this.riskIndicators = Set.copyOf(riskIndicators);
        this.courtStage = courtStage;
        this.previousDisputesOfAParty = previousDisputesOfAParty;
        this.previousDisputesBetweenTheParties = previousDisputesBetweenTheParties;
        this.riskLevel = riskLevel;
    }

    /** The same dispute with the triage rules' risk level. */
    public DisputeFact withRiskLevel(RiskLevel level) {
        return new DisputeFact(typeCode, source, countyCode, townshipCode, peopleInvolved, amountInDispute, description,
                riskIndicators, courtStage, previousDisputesOfAParty, previousDisputesBetweenTheParties, level);
    }

    public String getTypeCode() {
        return typeCode;
    }

    public DisputeSource getSource() {
        return source;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public int getPeopleInvolved() {
        return peopleInvolved;
    }

    public BigDecimal getAmountInDispute() {
        return amountInDispute;
    }

    public String getDescription() {
        return description;
    }

    public Set<RiskIndicator> getRiskIndicators() {
        return riskIndicators;
    }

    public CourtStage getCourtStage() {
        return courtStage;
    }

    public int getPreviousDisputesOfAParty() {
        return previousDisputesOfAParty;
    }

    public int getPreviousDisputesBetweenTheParties() {
        return previousDisputesBetweenTheParties;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    /** A short summary of the facts, stored with each decision. */
    public String summary() {
        return "type=" + typeCode + ", source=" + source + ", county=" + countyCode + ", township=" + townshipCode
                + ", people=" + peopleInvolved + ", amount=" + amountInDispute + ", indicators=" + riskIndicators
                + ", courtStage=" + courtStage + ", earlier(party)=" + previousDisputesOfAParty
                + ", earlier(parties)=" + previousDisputesBetweenTheParties + ", risk=" + riskLevel;
    }
}
