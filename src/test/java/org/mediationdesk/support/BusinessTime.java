package org.mediationdesk.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Today and now as the application sees them: in the business's zone (mediationdesk.time-zone, not set in
 * tests, so Asia/Shanghai), whatever zone the test JVM runs in. Tests compare with the application's
 * days and times through these, never through {@code LocalDate.now()}.
 */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
