package org.mediationdesk.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security's form login handles its POST and {@code /logout}. A sign-in refused
 * for too many failures comes back here with the time its lock ends ({@code ?locked=2026-12-06T09:15}).
 */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        model.addAttribute("demo", demo);
        if (locked != null) {
            model.addAttribute("lockedUntil", lockEnd(locked));
        }
        return "login";
    }

    /** The lock's end as shown, or empty when the address bar holds no time. */
    private static String lockEnd(String locked) {
        try {
            return LocalDateTime.parse(locked).toString().replace('T', ' ');
        } catch (DateTimeParseException notATime) {
            return "";
        }
    }
}
