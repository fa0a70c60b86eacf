package org.mediationdesk.routing;

import java.math.BigDecimal;

import org.mediationdesk.reference.DisputeSource;

/** What the routing rules know of a dispute. */
public class DisputeFact {

    private final String typeCode;
    private final DisputeSource source;
    private final String countyCode;
    private final String townshipCode;
    private final int peopleInvolved;
    private final BigDecimal amountInDispute;

    public DisputeFact(String typeCode, DisputeSource source, String countyCode, String townshipCode,
                       int peopleInvolved, BigDecimal amountInDispute) {
        this.typeCode = typeCode;
        this.source = source;
        this.countyCode = countyCode;
        this.townshipCode = townshipCode;
        this.peopleInvolved = peopleInvolved;
        this.amountInDispute = amountInDispute;
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
}
