package org.mediationdesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login-failure handling, from {@code mediationdesk.security.sign-in.*}: an account name with
 * {@code maxFailures} wrong passwords within {@code window} is locked for {@code lockFor}; an address with
 * {@code addressMaxFailures} within the window is refused for as long (set it with offices behind one NAT
 * address in mind: every name signing in from there is refused).
 */
@ConfigurationProperties("mediationdesk.security.sign-in")
public record SignInLimits(@DefaultValue("5") int maxFailures,
                           @DefaultValue("PT15M") Duration window,
                           @DefaultValue("PT15M") Duration lockFor,
                           @DefaultValue("100") int addressMaxFailures) {
}
