package org.mediationdesk.web;

import java.util.List;

/**
 * One line on the home page: work waiting for the user, or something an administrator must set up.
 *
 * @param messageKey the sentence, with {@code args} filled in
 * @param href       where to act on it, or null
 */
public record HomeNotice(Level level, String messageKey, List<Object> args, String href) {

    public HomeNotice {
        args = List.copyOf(args);
    }

    /** Bootstrap's alert colours: information, or something to fix. */
    public enum Level {
        INFO, WARNING
    }
}
