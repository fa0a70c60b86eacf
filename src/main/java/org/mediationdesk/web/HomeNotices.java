package org.mediationdesk.web;

import java.util.List;

import org.mediationdesk.security.AppUser;

/** A feature's lines on the home page; each feature declares a bean, as with {@link NavLink}. */
public interface HomeNotices {

    /** What this user should know now; empty when nothing. */
    List<HomeNotice> noticesFor(AppUser user);
}
