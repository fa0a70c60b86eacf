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

    static final String PHONE_VIEW = "portal/phone";
    static final String CODE_VIEW = "portal/code";
    static final String APPLY = "apply";
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

    /** Fills the phone step's model: {@code next} is "apply" or the case number looked up (null: to be typed). */
    void phoneStep(Model model, String next, String phone, String problemKey, Object... args) {
        model.addAttribute("next", next);
        model.addAttribute("phone", phone);
        if (problemKey != null) {
            model.addAttribute("problem", problemKey);
            model.addAttribute("problemArgs", args);
        }
    }

    /** The phone step again (another number, or a new code): the number a code went to is forgotten. */
    @GetMapping("/public/phone")
    String phoneAgain(@RequestParam(defaultValue = "") String next, HttpSession session, Model model) {
        publicSession.forgetPending(session);
        String target = next.strip();
        phoneStep(model, APPLY.equals(target) || CASE_NUMBER.matcher(target).matches() ? target : null, null, null);
        return PHONE_VIEW;
    }

    @PostMapping("/public/codes")
    String requestCode(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String next,
                       @RequestParam(required = false) String challengeToken,
                       @RequestParam(required = false) String challengeAnswer, HttpServletRequest request,
                       HttpServletResponse response, HttpSession session, Model model) {
        String number = phone.strip();
        String target = next.strip();
        if (!APPLY.equals(target) && !CASE_NUMBER.matcher(target).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            phoneStep(model, null, number, "public.lookup.caseNumber.invalid");
            return PHONE_VIEW;
        }
        if (!PhoneCodes.isMobile(number)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            phoneStep(model, target, number, "public.phone.invalid");
            return PHONE_VIEW;
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
                phoneStep(model, target, number, outcome.result() == PhoneCodes.Result.CHALLENGE_WRONG
                        ? "public.challenge.wrong" : "public.challenge.needed");
                model.addAttribute("challenge", challenges.create());
                return PHONE_VIEW;
            }
            default -> {
                long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
                phoneStep(model, target, number, "public.limit." + outcome.result().name(), seconds);
                return PHONE_VIEW;
            }
        }
    }

    @PostMapping("/public/verify")
    String verify(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String next,
                  HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        String target = next.strip();
        var phone = publicSession.pendingPhone(session);
        if (phone.isEmpty() || !APPLY.equals(target) && !CASE_NUMBER.matcher(target).matches()) {
            return "redirect:" + (APPLY.equals(target) ? "/public/apply" : "/public/lookup");
        }
        PhoneCodes.Check check = codes.verify(phone.get(), code);
        if (check != PhoneCodes.Check.RIGHT) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            codeStep(model, target, phone.get(), "public.code." + check.name());
            return CODE_VIEW;
        }
        request.changeSessionId();
        if (APPLY.equals(target)) {
            publicSession.verified(session, phone.get());
            return "redirect:/public/apply";
        }
        var party = publicCases.partyWithPhone(target, phone.get());
        if (party.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            phoneStep(model, null, phone.get(), "public.lookup.notFound");
            return PHONE_VIEW;
        }
        publicSession.lookedUp(session, party.get());
        publicCases.recordLookup(party.get());
        return "redirect:" + nextPage(target);
    }

    void codeStep(Model model, String next, String phone, String problemKey) {
        model.addAttribute("next", next);
        model.addAttribute("maskedPhone", phone.substring(0, 3) + "****" + phone.substring(7));
        if (problemKey != null) {
            model.addAttribute("problem", problemKey);
            model.addAttribute("problemArgs", new Object[0]);
        }
    }

    private static String nextPage(String next) {
        return APPLY.equals(next) ? "/public/apply"
                : UriComponentsBuilder.fromPath("/public/cases/{n}").buildAndExpand(next).toUriString();
    }
}
