package org.mediationdesk.portal;

import org.springframework.ui.Model;

/**
 * The model of the two phone pages shared by an application and a lookup: {@code next} is "apply" or the case
 * number looked up (null: to be typed on the page); a problem is a message key with its arguments.
 */
final class PhoneSteps {

    static final String PHONE_VIEW = "portal/phone";
    static final String CODE_VIEW = "portal/code";
    static final String APPLY = "apply";

    private PhoneSteps() {
    }

    static String phone(Model model, String next, String phone, String problemKey, Object... args) {
        model.addAttribute("next", next);
        model.addAttribute("phone", phone);
        problem(model, problemKey, args);
        return PHONE_VIEW;
    }

    static String code(Model model, String next, String phone, String problemKey) {
        model.addAttribute("next", next);
        model.addAttribute("maskedPhone", masked(phone));
        problem(model, problemKey);
        return CODE_VIEW;
    }

    /** 138****1234: enough for a party to recognise their number, not enough to read it off a screen. */
    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private static void problem(Model model, String problemKey, Object... args) {
        if (problemKey != null) {
            model.addAttribute("problem", problemKey);
            model.addAttribute("problemArgs", args);
        }
    }
}
