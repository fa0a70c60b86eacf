package org.mediationdesk.intake;

import java.time.LocalDateTime;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.cases.Codes;

/** Insert parameter for a new case; MyBatis writes the generated id back. */
final class NewCase {

    private Long id;
    private final String caseNumber;
    private final RegisterCaseRequest request;
    private final String townshipCode;
    private final String registeredBy;
    private final LocalDateTime registeredAt;

    NewCase(String caseNumber, RegisterCaseRequest request, String townshipCode, String registeredBy,
            LocalDateTime registeredAt) {
        this.caseNumber = caseNumber;
        this.request = request;
        this.townshipCode = townshipCode;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public RegisterCaseRequest getRequest() {
        return request;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDateTime getRegisteredAt() {
        return registeredAt;
    }

    public String getRiskIndicators() {
        return Codes.join(request.riskIndicators());
    }

    public CaseStatus getStatus() {
        return CaseStatus.REGISTERED;
    }
}
