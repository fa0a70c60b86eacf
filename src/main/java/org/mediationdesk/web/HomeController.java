package org.mediationdesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a card for each page the user's roles open. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
