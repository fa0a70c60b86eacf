package org.mediationdesk.portal;

import java.time.LocalDate;
import java.util.List;

import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.intake.PartyRequest;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.reference.DisputeSource;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An online application (网上申请) as a party fills it in on a phone: the dispute, where it is, the applicant (the
 * verified phone becomes theirs) and the other party. It becomes a registration from source ONLINE, which intake
 * checks and routes as any other.
 */
public class ApplicationForm {

    private String type;
    private String countyCode;
    private String township;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private String applicantName;
    private String applicantIdNumber;
    private String respondentName;
    private String respondentPhone;
    private String submissionKey;

    RegisterCaseRequest toRequest(String verifiedPhone) {
        return new RegisterCaseRequest(type, DisputeSource.ONLINE, countyCode, township, null, description, occurredOn,
                2, null, List.of(
                new PartyRequest(PartyRole.APPLICANT, PartyKind.PERSON, applicantName, applicantIdNumber, verifiedPhone,
                        List.of()),
                new PartyRequest(PartyRole.RESPONDENT, PartyKind.PERSON, respondentName, null, respondentPhone,
                        List.of())), List.of(), null, null, null);
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

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public void setApplicantIdNumber(String applicantIdNumber) {
        this.applicantIdNumber = applicantIdNumber;
    }

    public String getRespondentName() {
        return respondentName;
    }

    public void setRespondentName(String respondentName) {
        this.respondentName = respondentName;
    }

    public String getRespondentPhone() {
        return respondentPhone;
    }

    public void setRespondentPhone(String respondentPhone) {
        this.respondentPhone = respondentPhone;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
