package org.mediationdesk.rulesets;

import java.time.Clock;
import java.time.Instant;

import org.mediationdesk.routing.ActiveRules;
import org.mediationdesk.routing.CompiledRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node on the published version: polls the publication row every
 * {@code mediationdesk.rules.poll-interval} (5 seconds by default) and, when another version is
 * published, compiles it and swaps it in whole. Decisions already running finish on the old rules.
 */
@Component
public class RuleSetActivation {

    private static final Logger log = LoggerFactory.getLogger(RuleSetActivation.class);

    private final ActiveRules active;
    private final RuleSetVersions versions;
    private final RuleSetCompiler compiler;
    private final Clock clock;
    private volatile Instant activatedAt;
    private volatile Long failedVersion;

    RuleSetActivation(ActiveRules active, RuleSetVersions versions, RuleSetCompiler compiler, Clock clock) {
        this.active = active;
        this.versions = versions;
        this.compiler = compiler;
        this.clock = clock;
        this.activatedAt = clock.instant();
    }

    @Scheduled(fixedDelayString = "${mediationdesk.rules.poll-interval:PT5S}",
            initialDelayString = "${mediationdesk.rules.poll-interval:PT5S}")
    void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.error("Could not load the published rule set; this node keeps {}", active.get().version(), e);
        }
    }

    /**
     * Activates the published version if this node runs another. A version that does not compile
     * here (e.g. a rule on a fact field this build lacks) is reported once and not retried until
     * another version is published; the node keeps its rules meanwhile.
     */
    public synchronized void refresh() {
        Long published = versions.publishedId().orElse(null);
        if (published == null || RuleSetVersion.label(published).equals(active.get().version())
                || published.equals(failedVersion)) {
            return;
        }
        try {
            CompiledRules compiled = compiler.compile(published, versions.files(published));
            active.activate(compiled);
            activatedAt = clock.instant();
            failedVersion = null;
            log.info("Rule set {} is active", compiled.version());
        } catch (RuntimeException e) {
            failedVersion = published;
            throw e;
        }
    }

    /** The version this node decides with now, and since when. */
    public Running running() {
        return new Running(active.get().version(), activatedAt);
    }

    public record Running(String version, Instant since) {
    }
}
