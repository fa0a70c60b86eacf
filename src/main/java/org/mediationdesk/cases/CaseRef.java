package org.mediationdesk.cases;

/**
 * Enough of a case to check access and to act on it; {@code policeDesk} is the centre whose police
 * desk was alerted to it, if any.
 */
public record CaseRef(long id, String caseNumber, String centreCode, String countyCode, CaseStatus status,
                      String registeredBy, String processInstanceId, String policeDesk) {

    static CaseRef of(CaseMapper.CaseRow row) {
        return new CaseRef(row.id(), row.caseNumber(), row.centreCode(), row.countyCode(), row.status(),
                row.registeredBy(), row.processInstanceId(), row.policeDesk());
    }
}
