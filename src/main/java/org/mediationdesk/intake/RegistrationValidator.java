package org.mediationdesk.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Validator;
import org.mediationdesk.cases.PartyKind;
import org.mediationdesk.cases.PartyRole;
import org.mediationdesk.mediators.MediatorAssignment;
import org.mediationdesk.reference.DisputeSource;
import org.mediationdesk.reference.IdentityNumbers;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.reference.Region;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.system.PlainText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Every check of a registration in one round: the field rules (Bean Validation on
 * {@link RegisterCaseRequest}), then what they cannot check: codes that must exist, a township that must
 * lie in the county, both sides of the dispute present, a plausible date, and well-formed ID numbers
 * and phones. A form with a missing field and an unknown township hears of both at once.
 */
@Component
class RegistrationValidator {

    /** Older dates are typing slips; a DATE column on MySQL starts at 1000-01-01 anyway. */
    static final LocalDate EARLIEST_OCCURRENCE = LocalDate.of(1900, 1, 1);
    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final Clock clock;
    private final MediatorAssignment mediators;
    private final Validator fieldRules;

    RegistrationValidator(ReferenceData referenceData, MessageSource messages, Clock clock,
                          MediatorAssignment mediators, Validator fieldRules) {
        this.referenceData = referenceData;
        this.messages = messages;
        this.clock = clock;
        this.mediators = mediators;
        this.fieldRules = fieldRules;
    }

    /** @return the township's region code; throws {@link InvalidRequestException} listing every problem */
    String validate(RegisterCaseRequest request) {
        List<FieldProblem> problems = new ArrayList<>(fieldRules.validate(request).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString().replace(".<list element>", ""),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        if (request.type() != null && referenceData.disputeType(request.type()).isEmpty()) {
            problems.add(problem("type", "case.type.unknown", request.type()));
        }
        String townshipCode = null;
        Region county = request.countyCode() == null ? null : referenceData.county(request.countyCode()).orElse(null);
        if (county == null && request.countyCode() != null) {
            problems.add(problem("countyCode", "case.county.unknown", request.countyCode()));
        } else if (county != null && request.township() != null && !request.township().isBlank()) {
            townshipCode = referenceData.township(county.code(), request.township().trim()).map(Region::code).orElse(null);
            if (townshipCode == null) {
                problems.add(problem("township", "case.township.unknown", request.township(), county.nameZh()));
            }
        }
        if (request.occurredOn() != null && request.occurredOn().isBefore(EARLIEST_OCCURRENCE)) {
            problems.add(problem("occurredOn", "case.occurredOn.tooEarly", EARLIEST_OCCURRENCE.toString()));
        }
        if (request.courtStage() != null && request.source() != DisputeSource.COURT_REFERRAL) {
            problems.add(problem("courtStage", "case.courtStage.onlyForCourtReferrals"));
        }
        if (request.courtFileReceivedOn() != null && request.source() != DisputeSource.COURT_REFERRAL) {
            problems.add(problem("courtFileReceivedOn", "case.courtFileReceivedOn.onlyForCourtReferrals"));
        } else if (request.courtFileReceivedOn() != null && request.occurredOn() != null
                && request.courtFileReceivedOn().isBefore(request.occurredOn())) {
            problems.add(problem("courtFileReceivedOn", "case.courtFileReceivedOn.beforeOccurrence"));
        }
        if (request.chosenMediator() != null && !mediators.isMediator(request.chosenMediator())) {
            problems.add(problem("chosenMediator", "case.chosenMediator.unknown", request.chosenMediator()));
        }
        if (request.parties() != null) {
            checkParties(request.parties(), problems);
        }
        checkText(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return townshipCode;
    }

    private void checkParties(List<PartyRequest> parties, List<FieldProblem> problems) {
        if (parties.stream().noneMatch(party -> party != null && party.role() == PartyRole.APPLICANT)) {
            problems.add(problem("parties", "case.parties.applicantRequired"));
        }
        if (parties.stream().noneMatch(party -> party != null && party.role() == PartyRole.RESPONDENT)) {
            problems.add(problem("parties", "case.parties.respondentRequired"));
        }
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest party = parties.get(i);
            if (party == null) {
                continue;
            }
            String prefix = "parties[" + i + "].";
            if (party.idNumber() != null && party.kind() != null) {
                boolean person = party.kind() == PartyKind.PERSON;
                boolean valid = person ? IdentityNumbers.isResidentId(party.idNumber(), LocalDate.now(clock))
                        : IdentityNumbers.isCreditCode(party.idNumber());
                if (!valid) {
                    problems.add(problem(prefix + "idNumber", person ? "party.idNumber.invalid" : "party.creditCode.invalid"));
                }
            }
            if (party.phone() != null && !PHONE.matcher(party.phone()).matches()) {
                problems.add(problem(prefix + "phone", "party.phone.invalid"));
            }
        }
    }

    /** Control characters, lone surrogates and invisible names (see {@link PlainText}), naming each field by its label. */
    private void checkText(RegisterCaseRequest request, List<FieldProblem> problems) {
        text(problems, "type", "register.type", PlainText.line(request.type()));
        text(problems, "countyCode", "register.county", PlainText.line(request.countyCode()));
        text(problems, "township", "register.township", PlainText.line(request.township()));
        text(problems, "village", "register.village", PlainText.line(request.village()));
        text(problems, "description", "register.description", PlainText.paragraph(request.description()));
        text(problems, "chosenMediator", "register.chosenMediator", PlainText.line(request.chosenMediator()));
        List<PartyRequest> parties = request.parties() == null ? List.of() : request.parties();
        for (int i = 0; i < parties.size(); i++) {
            PartyRequest party = parties.get(i);
            if (party == null) {
                continue;
            }
            String prefix = "parties[" + i + "].";
            text(problems, prefix + "name", "register.party.name", PlainText.name(party.name()));
            text(problems, prefix + "idNumber", "register.party.idNumber", PlainText.line(party.idNumber()));
            text(problems, prefix + "phone", "register.party.phone", PlainText.line(party.phone()));
        }
    }

    private void text(List<FieldProblem> problems, String field, String labelCode, PlainText.Verdict verdict) {
        if (verdict != PlainText.Verdict.OK) {
            String label = messages.getMessage(labelCode, null, LocaleContextHolder.getLocale());
            problems.add(problem(field, switch (verdict) {
                case CONTROL_CHARACTER -> "text.controlCharacter";
                case LONE_SURROGATE -> "text.loneSurrogate";
                default -> "text.nothingVisible";
            }, label));
        }
    }

    private FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, messages.getMessage(code, args, LocaleContextHolder.getLocale()));
    }
}
