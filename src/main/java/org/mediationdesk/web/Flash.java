package org.mediationdesk.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A message shown once on the page a POST redirects to ({@code fragments/layout :: flash}); it
 * keeps the message key, so it is shown in the reader's language. Serializable: flash messages ride
 * in the session, which Spring Session JDBC stores in the database.
 */
public record Flash(Kind kind, String messageKey, Object[] args) implements Serializable {

    public static final String ATTRIBUTE = "flashMessages";

    public enum Kind { SUCCESS, WARNING, DANGER }

    public static void success(RedirectAttributes redirect, String messageKey, Object... args) {
        add(redirect, new Flash(Kind.SUCCESS, messageKey, args));
    }

    public static void danger(RedirectAttributes redirect, String messageKey, Object... args) {
        add(redirect, new Flash(Kind.DANGER, messageKey, args));
    }

    /** The Bootstrap alert class: {@code alert-success}, {@code alert-warning}, {@code alert-danger}. */
    public String cssClass() {
        return "alert-" + kind.name().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static void add(RedirectAttributes redirect, Flash flash) {
        Object earlier = redirect.getFlashAttributes().get(ATTRIBUTE);
        List<Flash> messages = earlier == null ? new ArrayList<>() : new ArrayList<>((List<Flash>) earlier);
        messages.add(flash);
        redirect.addFlashAttribute(ATTRIBUTE, messages);
    }
}
