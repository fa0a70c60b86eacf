package org.mediationdesk.privacy;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes access records older than {@code mediationdesk.privacy.access-records-keep} (three years at
 * least), on every node every {@code mediationdesk.privacy.sweep}: one DELETE by age, the same whichever
 * node runs it, so nodes need no coordination.
 */
@Component
class AccessRecordPurge {

    private static final Logger log = LoggerFactory.getLogger(AccessRecordPurge.class);

    private final AccessRecordPurgeMapper purge;
    private final PrivacySettings settings;
    private final Clock clock;

    AccessRecordPurge(AccessRecordPurgeMapper purge, PrivacySettings settings, Clock clock) {
        this.purge = purge;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.privacy.sweep:PT6H}", initialDelayString = "${mediationdesk.privacy.sweep:PT6H}")
    void sweep() {
        log.debug("Deleted {} access records past their retention", purgeAt(LocalDateTime.now(clock)));
    }

    /** @return how many records older than the retention before {@code now} were deleted */
    int purgeAt(LocalDateTime now) {
        return purge.deleteOlderThan(now.minus(settings.accessRecordsKeep()));
    }
}
