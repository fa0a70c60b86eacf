package org.mediationdesk.portal;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mediationdesk.cases.PublicCases;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The phone steps shared by an application and a lookup: ask a code for a number (refused with 429 and Retry-After
 * past a limit, or with the picture challenge when one is due), then type the code. After a lookup's code the phone
 * must be a party's on the case; a case that does not exist answers exactly as a phone that is not on it.
 */
@Controller
class PhoneVerificationController {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private final PhoneCodes codes;
    private final Challenges challenges;
    private final PublicSession publicSession;
    private final PublicCases publicCases;

    PhoneVerificationController(PhoneCodes codes, Challenges challenges, PublicSession publicSession,
                                PublicCases publicCases) {
        this.codes = codes;
        this.challenges = challenges;
        this.publicSession = publicSession;
        this.publicCases = publicCases;
    }

    /** The phone step again (another number, or a new code): the number a code went to is forgotten. */
    @GetMapping("/public/phone")
    String phoneAgain(@RequestParam(defaultValue = "") String next, HttpSession session, Model model) {
        publicSession.forgetPending(session);
        return PhoneSteps.phone(model, valid(next.strip()) ? next.strip() : null, null, null);
    }

    @PostMapping("/public/codes")
    String requestCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String next,
                       @RequestParam(required = false) String challengeToken,
                       @RequestParam(required = false) String challengeAnswer, HttpServletRequest request,
                       HttpServletResponse response, HttpSession session, Model model) {
        String number = phone.strip();
        String target = next.strip();
        if (!valid(target)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PhoneSteps.phone(model, null, number, "public.lookup.caseNumber.invalid");
        }
        if (!PhoneCodes.isMobile(number)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PhoneSteps.phone(model, target, number, "public.phone.invalid");
        }
        PhoneCodes.Outcome outcome = codes.request(number, request.getRemoteAddr(), challengeToken, challengeAnswer);
        switch (outcome.result()) {
            case SENT -> {
                publicSession.codeSentTo(session, number);
                return "redirect:" + nextPage(target);
            }
            case CHALLENGE_NEEDED, CHALLENGE_WRONG -> {
                response.setStatus(outcome.result() == PhoneCodes.Result.CHALLENGE_WRONG
                        ? HttpStatus.BAD_REQUEST.value() : HttpStatus.OK.value());
                model.addAttribute("challenge", challenges.create());
                return PhoneSteps.phone(model, target, number, outcome.result() == PhoneCodes.Result.CHALLENGE_WRONG
                        ? "public.challenge.wrong" : "public.challenge.needed");
            }
            default -> {
                long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                return PhoneSteps.phone(model, target, number, "public.limit." + outcome.result().name(), seconds);
            }
        }
    }

    @PostMapping("/public/verify")
    String verify(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String next,
                  HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        String target = next.strip();
        var phone = publicSession.pendingPhone(session);
        if (phone.isEmpty() || !valid(target)) {
            return "redirect:" + (PhoneSteps.APPLY.equals(target) ? "/public/apply" : "/public/lookup");
        }
        PhoneCodes.Check check = codes.verify(phone.get(), code);
        if (check != PhoneCodes.Check.RIGHT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return PhoneSteps.code(model, target, phone.get(), "public.code." + check.name());
        }
        request.changeSessionId();
        if (PhoneSteps.APPLY.equals(target)) {
            publicSession.verified(session, phone.get());
            return "redirect:/public/apply";
        }
        var party = publicCases.partyWithPhone(target, phone.get());
        if (party.isEmpty()) {
            publicSession.forgetPending(session);
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return PhoneSteps.phone(model, null, phone.get(), "public.lookup.notFound");
        }
        publicSession.lookedUp(session, party.get());
        publicCases.recordLookup(party.get());
        return "redirect:" + nextPage(target);
    }

    /** Where a phone step leads: an application, or a case number's lookup. */
    private static boolean valid(String next) {
        return PhoneSteps.APPLY.equals(next) || CASE_NUMBER.matcher(next).matches();
    }

    private static String nextPage(String next) {
        return PhoneSteps.APPLY.equals(next) ? "/public/apply"
                : UriComponentsBuilder.fromPath("/public/cases/{n}").buildAndExpand(next).toUriString();
    }
}
