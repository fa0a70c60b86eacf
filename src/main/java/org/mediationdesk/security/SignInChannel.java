package org.mediationdesk.security;

/** Where a sign-in came from: the sign-in page, HTTP Basic on the API, or an administrator's page. */
public enum SignInChannel {
    FORM, BASIC, ADMIN
}
