package org.mediationdesk.privacy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Map;

import org.mediationdesk.reference.CentreKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal information settings, from {@code mediationdesk.privacy.*} (docs/privacy.md).
 *
 * @param accessRecordsKeep     how long access records are kept; at least three years (P3Y)
 * @param retention             how long after closure a closed case keeps its parties' personal data
 * @param retentionByCentreKind a different retention for the cases of a kind of centre, e.g. {@code POLICE_STATION: P5Y}
 * @param sweep                 how often each node looks for closed cases past their retention and old access records
 */
@ConfigurationProperties("mediationdesk.privacy")
public record PrivacySettings(@DefaultValue("P3Y") Period accessRecordsKeep, @DefaultValue("P10Y") Period retention,
                              Map<CentreKind, Period> retentionByCentreKind, @DefaultValue("PT6H") Duration sweep) {

    private static final LocalDateTime REFERENCE = LocalDateTime.of(2000, 1, 1, 0, 0);

    public PrivacySettings {
        retentionByCentreKind = retentionByCentreKind == null ? Map.of() : Map.copyOf(retentionByCentreKind);
        if (REFERENCE.plus(accessRecordsKeep).isBefore(REFERENCE.plusYears(3))) {
            throw new IllegalArgumentException("mediationdesk.privacy.access-records-keep must be at least P3Y");
        }
        positive("retention", retention);
        retentionByCentreKind.forEach((kind, period) -> positive("retention-by-centre-kind." + kind, period));
        if (sweep.isNegative() || sweep.isZero()) {
            throw new IllegalArgumentException("mediationdesk.privacy.sweep must be positive");
        }
    }

    /** How long after closure the cases of a centre of this kind keep their parties' personal data. */
    public Period retentionOf(CentreKind kind) {
        return kind == null ? retention : retentionByCentreKind.getOrDefault(kind, retention);
    }

    private static void positive(String name, Period period) {
        if (!REFERENCE.plus(period).isAfter(REFERENCE)) {
            throw new IllegalArgumentException("mediationdesk.privacy." + name + " must be positive");
        }
    }
}
