package org.mediationdesk.security.twofactor;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.SignInGuard;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor's page: set up an authenticator app (QR code) and confirm it with a first code, enter a
 * code (or a recovery code) after the password, and, once signed in, see the state and get new recovery codes.
 */
@Controller
@RequestMapping(SecondFactorFilter.CODE_PAGE)
class SecondFactorController {

    private static final String VIEW = "account/second-factor";

    private final SecondFactors factors;
    private final SecondFactorSignIn signIn;
    private final SignInGuard guard;

    SecondFactorController(SecondFactors factors, SecondFactorSignIn signIn, SignInGuard guard) {
        this.factors = factors;
        this.signIn = signIn;
        this.guard = guard;
    }

    @GetMapping
    String page(Authentication authentication, Model model) {
        AppUser user = userOf(authentication);
        boolean pending = authentication instanceof SecondFactorPending;
        model.addAttribute("pending", pending);
        if (!factors.enrolled(user)) {
            model.addAttribute("enrolment", factors.enrolment(user));
            return VIEW;
        }
        if (!pending) {
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user));
        }
        model.addAttribute("enrolled", true);
        return VIEW;
    }

    @PostMapping
    String verify(Authentication authentication, @RequestParam(required = false) String code, Model model,
                  HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!(authentication instanceof SecondFactorPending pending)) {
            return "redirect:" + SecondFactorFilter.CODE_PAGE;
        }
        AppUser user = pending.user();
        if (factors.verify(user, code, request.getRemoteAddr())) {
            signIn.complete(user, request, response);
            signIn.continueTo(request, response);
            return null;
        }
        model.addAttribute("pending", true);
        model.addAttribute("enrolled", true);
        return wrongCode(user, model, request);
    }

    @PostMapping("/enrol")
    String confirm(Authentication authentication, @RequestParam(required = false) String code, Model model,
                   HttpServletRequest request, HttpServletResponse response) throws ServletException {
        AppUser user = userOf(authentication);
        Optional<List<String>> recoveryCodes = factors.confirm(user, code, request.getRemoteAddr());
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("pending", authentication instanceof SecondFactorPending);
            model.addAttribute("enrolment", factors.enrolment(user));
            return wrongCode(user, model, request);
        }
        if (authentication instanceof SecondFactorPending) {
            signIn.complete(user, request, response);
        }
        model.addAttribute("recoveryCodes", recoveryCodes.get());
        return VIEW;
    }

    /** New recovery codes need a current code from the app, so a session left open cannot take them. */
    @PostMapping("/recovery-codes")
    String newRecoveryCodes(Authentication authentication, @RequestParam(required = false) String code, Model model,
                            HttpServletRequest request) throws ServletException {
        AppUser user = userOf(authentication);
        if (authentication instanceof SecondFactorPending || !factors.verify(user, code, request.getRemoteAddr())) {
            model.addAttribute("enrolled", true);
            model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user));
            return wrongCode(user, model, request);
        }
        model.addAttribute("recoveryCodes", factors.newRecoveryCodes(user));
        return VIEW;
    }

    /** A wrong code that reached the account's limit signs the session out, to the sign-in page with the lock's end. */
    private String wrongCode(AppUser user, Model model, HttpServletRequest request) throws ServletException {
        var lockedUntil = guard.refusedUntil(user.username(), request.getRemoteAddr());
        if (lockedUntil.isPresent()) {
            request.logout();
            return "redirect:/login?locked=" + lockedUntil.get().truncatedTo(ChronoUnit.MINUTES);
        }
        model.addAttribute("codeWrong", true);
        return VIEW;
    }

    private static AppUser userOf(Authentication authentication) {
        return authentication instanceof SecondFactorPending pending ? pending.user() : (AppUser) authentication.getPrincipal();
    }
}
