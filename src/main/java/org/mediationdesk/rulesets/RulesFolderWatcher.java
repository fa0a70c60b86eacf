package org.mediationdesk.rulesets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

import org.mediationdesk.routing.RuleFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Development only ({@code mediationdesk.rules.watch-folder}, set by the {@code dev} profile): when
 * the files of the {@code rules/} folder on disk change and still compile and pass their scenarios,
 * they become a new version, published at once without approval. Broken files are logged with file
 * and line and the running rules stay.
 */
@Component
@ConditionalOnProperty("mediationdesk.rules.watch-folder")
class RulesFolderWatcher {

    private static final Logger log = LoggerFactory.getLogger(RulesFolderWatcher.class);

    private final Path folder;
    private final RuleSetVersions versions;
    private final RuleSetChecks checks;
    private final RuleSetActivation activation;
    private String lastSeen;

    RulesFolderWatcher(@Value("${mediationdesk.rules.watch-folder}") Path folder, RuleSetVersions versions,
                       RuleSetChecks checks, RuleSetActivation activation) {
        this.folder = folder.toAbsolutePath().normalize();
        this.versions = versions;
        this.checks = checks;
        this.activation = activation;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.rules.poll-interval:PT5S}")
    synchronized void check() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        String base = folder.toUri().toString();
        SortedMap<String, String> files = RuleFiles.read(base + "**/*.drl", base + "scenarios/*.csv");
        String checksum = RuleFiles.checksum(files);
        if (checksum.equals(lastSeen)) {
            return;
        }
        lastSeen = checksum;
        String published = versions.publishedId().map(id -> versions.get(id).checksum()).orElse(null);
        if (checksum.equals(published)) {
            return;
        }
        try {
            checks.passing(0, files);
            RuleSetVersion version = versions.publishFolder(files, "开发环境：rules/ 目录已修改 (rules/ changed on disk)");
            activation.refresh();
            log.info("rules/ changed on disk: published as {}", version.label());
        } catch (RuleSetRejectedException e) {
            log.error("rules/ changed on disk but is not published: {}", e.problems());
        }
    }
}
