package org.mediationdesk.partners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.intake.PartyRequest;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A grid worker's report (网格上报), the page's form and the API's body: the dispute in as few fields as a phone
 * allows (one applicant with an optional phone, one respondent, both people), the grid, and where it is as words
 * or the browser's coordinates. The dispute's fields become a registration from source GRID_WORKER, which intake
 * checks and routes as any other.
 */
public class GridReportForm {

    private String type;
    private String countyCode;
    private String township;
    private String village;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private Integer peopleInvolved;
    private String applicantName;
    private String applicantPhone;
    private String respondentName;
    private List<RiskIndicator> riskIndicators = new ArrayList<>();
    private String grid;
    private String locationText;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String submissionKey;

    RegisterCaseRequest toRequest() {
        List<PartyRequest> parties = new ArrayList<>();
        parties.add(new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, applicantName, null, applicantPhone,
                List.of()));
        parties.add(new PartyRequest(PartyRole.RESPONDENT, PartyKind.PERSON, respondentName, null, null, List.of()));
        return new RegisterCaseRequest(type, DisputeSource.GRID_WORKER, countyCode, township, village, description,
                occurredOn, peopleInvolved, null, parties, riskIndicators, null, null, null);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getTownship() {
        return township;
    }

    public void setTownship(String township) {
        this.township = township;
    }

    public String getVillage() {
        return village;
    }

    public void setVillage(String village) {
        this.village = village;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public Integer getPeopleInvolved() {
        return peopleInvolved;
    }

    public void setPeopleInvolved(Integer peopleInvolved) {
        this.peopleInvolved = peopleInvolved;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public void setApplicantPhone(String applicantPhone) {
        this.applicantPhone = applicantPhone;
    }

    public String getRespondentName() {
        return respondentName;
    }

    public void setRespondentName(String respondentName) {
        this.respondentName = respondentName;
    }

    public List<RiskIndicator> getRiskIndicators() {
        return riskIndicators;
    }

    public void setRiskIndicators(List<RiskIndicator> riskIndicators) {
        this.riskIndicators = riskIndicators == null ? new ArrayList<>() : riskIndicators;
    }

    public String getGrid() {
        return grid;
    }

    public void setGrid(String grid) {
        this.grid = grid;
    }

    public String getLocationText() {
        return locationText;
    }

    public void setLocationText(String locationText) {
        this.locationText = locationText;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
