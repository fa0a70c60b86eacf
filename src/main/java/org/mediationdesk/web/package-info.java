/**
 * What every page shares: the language (Chinese by default, {@code ?lang=en} to switch, kept in a
 * cookie), the navigation each feature contributes as {@link org.mediationdesk.web.NavLink} beans,
 * sign-in, the home page, error pages and flash messages. Templates: {@code templates/fragments/layout.html};
 * how to add a page: {@code docs/ui.md}.
 */
package org.mediationdesk.web;
