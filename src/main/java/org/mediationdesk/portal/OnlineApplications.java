package org.mediationdesk.portal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.PeopleNames;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Registers an online application through intake (its checks and routing, source ONLINE), in the name of the
 * online applications' account {@code online} (网上申请), which no one signs in with: the registration's history line
 * names it, and a second line says the party applied online. The form's submission key makes a second click find
 * the first case; in the same transaction the application's own row is written.
 */
@Service
class OnlineApplications {

    /** The registrant of every online application; not a row of app_user, so nothing can sign in as it. */
    static final AppUser ONLINE = new AppUser(0L, PeopleNames.ONLINE, "", "网上申请", null, false, Set.of());
    private static final int SUBMISSION_KEY_MAX = 64;

    private final CaseRegistrationService registration;
    private final PublicCases publicCases;
    private final PortalMapper portal;
    private final PersonalDataCipher cipher;
    private final MessageSource messages;
    private final Clock clock;

    OnlineApplications(CaseRegistrationService registration, PublicCases publicCases, PortalMapper portal,
                       PersonalDataCipher cipher, MessageSource messages, Clock clock) {
        this.registration = registration;
        this.publicCases = publicCases;
        this.portal = portal;
        this.cipher = cipher;
        this.messages = messages;
        this.clock = clock;
    }

    /** @return the new case's number (or the earlier one, for a submission key seen before) */
    String apply(ApplicationForm form, String verifiedPhone) {
        RegisterCaseRequest request = form.toRequest(verifiedPhone);
        List<FieldProblem> problems = new ArrayList<>(ownProblems(form));
        try {
            registration.check(request);
        } catch (InvalidRequestException refused) {
            problems.addAll(refused.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String phoneKey = cipher.phoneLookup(verifiedPhone);
        String key = "public:" + phoneKey.substring(0, 16) + ":" + form.getSubmissionKey();
        return registration.register(request, key, ONLINE, (caseId, caseNumber) -> {
            portal.insertApplication(caseNumber, phoneKey, form.getSubmissionKey(), LocalDateTime.now(clock));
            publicCases.recordApplication(caseId);
        }).caseNumber();
    }

    private List<FieldProblem> ownProblems(ApplicationForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (form.getSubmissionKey() == null || form.getSubmissionKey().isBlank()
                || form.getSubmissionKey().length() > SUBMISSION_KEY_MAX) {
            problems.add(problem(null, "public.apply.submissionKey"));
        }
        if (form.getApplicantIdNumber() == null || form.getApplicantIdNumber().isBlank()) {
            problems.add(problem("applicantIdNumber", "public.apply.idNumber.required"));
        }
        if (form.getRespondentPhone() != null && !PhoneCodes.isMobile(form.getRespondentPhone().strip())) {
            problems.add(problem("respondentPhone", "public.phone.invalid"));
        }
        return problems;
    }

    private FieldProblem problem(String field, String key) {
        return new FieldProblem(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }
}
