package org.mediationdesk.web;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what waits for the user (each feature's {@link HomeNotices}), and a card for each page the user's roles open. */
@Controller
class HomeController {

    private final List<HomeNotices> notices;

    HomeController(List<HomeNotices> notices) {
        this.notices = notices;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("notices", notices.stream().flatMap(feature -> feature.noticesFor(user).stream()).toList());
        return "home";
    }
}
