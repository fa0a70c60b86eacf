package org.mediationdesk.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How far one rule session may go before it is halted, from {@code mediationdesk.rules.limits.*}.
 * The defaults are over a hundred times what the real rules need (measured in docs/benchmarks.md):
 * only a rule set that loops gets near them.
 *
 * @param maxFirings        rule firings in one decision
 * @param maxTime           wall-clock time of one decision
 * @param maxAllocatedBytes memory one decision may allocate (checked after each firing)
 * @param hardStopGrace     for drafts only: how long past {@code maxTime} a session that does not
 *                          halt between firings (a runaway call inside one rule) is given before its thread is stopped
 */
@ConfigurationProperties("mediationdesk.rules.limits")
public record RuleLimits(int maxFirings, Duration maxTime, long maxAllocatedBytes, Duration hardStopGrace) {

    public static final RuleLimits DEFAULTS = new RuleLimits(50_000, Duration.ofSeconds(2), 256L << 20,
            Duration.ofSeconds(1));

    public RuleLimits {
        if (maxFirings <= 0 || maxTime == null || maxTime.isNegative() || maxTime.isZero() || maxAllocatedBytes <= 0
                || hardStopGrace == null || hardStopGrace.isNegative()) {
            throw new IllegalArgumentException("mediationdesk.rules.limits: every limit must be positive");
        }
    }
}
