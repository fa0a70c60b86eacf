package org.mediationdesk.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public side's settings, from {@code mediationdesk.portal.*} (docs/integrations.md, "Public side").
 *
 * @param baseUrl                 the address parties reach the application at: the QR code and the acceptance text
 *                                link to {@code <baseUrl>/public/cases/<number>}
 * @param codeValidity            how long a one-time code holds
 * @param codeWrongTries          wrong answers that spend a code
 * @param codesPerPhoneMinute     codes to one phone within a minute…
 * @param codesPerPhoneHour       …and within an hour
 * @param codesPerAddressHour     codes asked from one client address within an hour
 * @param challengeAfterRequests  code requests from one address within an hour after which a picture challenge is asked
 * @param challengeAfterWrongCodes wrong codes for one phone within an hour after which it is asked too
 * @param verifiedFor             how long a verified phone or a verified case lookup lasts in the party's session
 */
@ConfigurationProperties("mediationdesk.portal")
record PortalSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                      @DefaultValue("PT5M") Duration codeValidity, @DefaultValue("5") int codeWrongTries,
                      @DefaultValue("1") int codesPerPhoneMinute, @DefaultValue("5") int codesPerPhoneHour,
                      @DefaultValue("20") int codesPerAddressHour, @DefaultValue("3") int challengeAfterRequests,
                      @DefaultValue("3") int challengeAfterWrongCodes, @DefaultValue("PT30M") Duration verifiedFor) {

    String statusLink(String caseNumber) {
        return (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/public/cases/"
                + caseNumber;
    }
}
