package org.mediationdesk.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mediationdesk.cases.PartyDetails;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.cases.Sex;
import org.mediationdesk.reference.CourtStage;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.RiskIndicator;
import org.mediationdesk.reference.Vulnerability;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register page's form, bound field by field so what was typed survives an error; its
 * properties are named like {@link RegisterCaseRequest}'s, so the API's validation messages land
 * beside the right field. {@code submissionKey} is the Idempotency-Key of this form (a second click
 * registers nothing new); {@code repeatConfirmed} says the clerk saw the repeat-dispute warning.
 */
public class RegistrationForm {

    private String type;
    private DisputeSource source;
    private String countyCode;
    private String township;
    private String village;
    private String description;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private Integer peopleInvolved;
    private BigDecimal amountInDispute;
    private List<PartyForm> parties = new ArrayList<>();
    private List<RiskIndicator> riskIndicators = new ArrayList<>();
    private CourtStage courtStage;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate courtFileReceivedOn;
    private String chosenMediator;
    private String submissionKey;
    private boolean repeatConfirmed;

    RegisterCaseRequest toRequest() {
        return new RegisterCaseRequest(type, source, countyCode, township, village, description, occurredOn,
                peopleInvolved, amountInDispute, parties.stream().map(PartyForm::toRequest).toList(),
                riskIndicators, courtStage, courtFileReceivedOn, chosenMediator);
    }

    /** One party row of the form. */
    public static class PartyForm {

        private PartyRole role;
        private PartyKind kind = PartyKind.PERSON;
        private String name;
        private String idNumber;
        private String phone;
        private List<Vulnerability> vulnerabilities = new ArrayList<>();
        private DetailsForm details = new DetailsForm();

        public PartyForm() {
        }

        PartyForm(PartyRole role) {
            this.role = role;
        }

        PartyRequest toRequest() {
            return new PartyRequest(role, kind, name, idNumber, phone, vulnerabilities, details.toDetails());
        }

        public PartyRole getRole() { return role; }
        public void setRole(PartyRole role) { this.role = role; }
        public PartyKind getKind() { return kind; }
        public void setKind(PartyKind kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getIdNumber() { return idNumber; }
        public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public List<Vulnerability> getVulnerabilities() { return vulnerabilities; }
        public void setVulnerabilities(List<Vulnerability> vulnerabilities) { this.vulnerabilities = vulnerabilities; }
        public DetailsForm getDetails() { return details; }
        public void setDetails(DetailsForm details) { this.details = details; }
    }

    /** A party's details for the standard documents (PartyDetails), all optional. */
    public static class DetailsForm {

        private Sex sex;
        private String ethnicity;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate birthDate;
        private String occupation;
        private String address;
        private String agentName;
        private String agentCapacity;
        private String agentPhone;
        private String refusedReason;

        PartyDetails toDetails() {
            return new PartyDetails(sex, ethnicity, birthDate, occupation, address, agentName, agentCapacity, agentPhone,
                    refusedReason);
        }

        public Sex getSex() { return sex; }
        public void setSex(Sex sex) { this.sex = sex; }
        public String getEthnicity() { return ethnicity; }
        public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
        public LocalDate getBirthDate() { return birthDate; }
        public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
        public String getOccupation() { return occupation; }
        public void setOccupation(String occupation) { this.occupation = occupation; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getAgentName() { return agentName; }
        public void setAgentName(String agentName) { this.agentName = agentName; }
        public String getAgentCapacity() { return agentCapacity; }
        public void setAgentCapacity(String agentCapacity) { this.agentCapacity = agentCapacity; }
        public String getAgentPhone() { return agentPhone; }
        public void setAgentPhone(String agentPhone) { this.agentPhone = agentPhone; }
        public String getRefusedReason() { return refusedReason; }
        public void setRefusedReason(String refusedReason) { this.refusedReason = refusedReason; }
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public DisputeSource getSource() { return source; }
    public void setSource(DisputeSource source) { this.source = source; }
    public String getCountyCode() { return countyCode; }
    public void setCountyCode(String countyCode) { this.countyCode = countyCode; }
    public String getTownship() { return township; }
    public void setTownship(String township) { this.township = township; }
    public String getVillage() { return village; }
    public void setVillage(String village) { this.village = village; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public Integer getPeopleInvolved() { return peopleInvolved; }
    public void setPeopleInvolved(Integer peopleInvolved) { this.peopleInvolved = peopleInvolved; }
    public BigDecimal getAmountInDispute() { return amountInDispute; }
    public void setAmountInDispute(BigDecimal amountInDispute) { this.amountInDispute = amountInDispute; }
    public List<PartyForm> getParties() { return parties; }
    public void setParties(List<PartyForm> parties) { this.parties = parties; }
    public List<RiskIndicator> getRiskIndicators() { return riskIndicators; }
    public void setRiskIndicators(List<RiskIndicator> riskIndicators) { this.riskIndicators = riskIndicators; }
    public CourtStage getCourtStage() { return courtStage; }
    public void setCourtStage(CourtStage courtStage) { this.courtStage = courtStage; }
    public LocalDate getCourtFileReceivedOn() { return courtFileReceivedOn; }
    public void setCourtFileReceivedOn(LocalDate courtFileReceivedOn) { this.courtFileReceivedOn = courtFileReceivedOn; }
    public String getChosenMediator() { return chosenMediator; }
    public void setChosenMediator(String chosenMediator) { this.chosenMediator = chosenMediator; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public boolean isRepeatConfirmed() { return repeatConfirmed; }
    public void setRepeatConfirmed(boolean repeatConfirmed) { this.repeatConfirmed = repeatConfirmed; }
}
