package org.mediationdesk.cases;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.privacy.PrivacySettings;
import org.mediationdesk.reference.Centre;
import org.mediationdesk.reference.CentreKind;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.system.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * De-identifies closed cases whose retention ended ({@code mediationdesk.privacy.retention}, 10 years after
 * closure by default, or the period of the case's kind of centre). Every node sweeps every
 * {@code mediationdesk.privacy.sweep}; each case is de-identified in a transaction of its own by whichever
 * node first marks it ({@code deidentified_at}, a conditional UPDATE), so it happens once however many
 * nodes sweep, as escalations do. Each is a line of the case's history and an access record.
 */
@Service
public class CaseRetention {

    private static final Logger log = LoggerFactory.getLogger(CaseRetention.class);
    private static final int BATCH = 200;

    private final DeidentificationMapper mapper;
    private final CaseDeidentification deidentification;
    private final CaseJournal journal;
    private final AccessRecords accessRecords;
    private final PrivacySettings settings;
    private final ReferenceData referenceData;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseRetention(DeidentificationMapper mapper, CaseDeidentification deidentification, CaseJournal journal,
                  AccessRecords accessRecords, PrivacySettings settings, ReferenceData referenceData,
                  PlatformTransactionManager transactions, Clock clock) {
        this.mapper = mapper;
        this.deidentification = deidentification;
        this.journal = journal;
        this.accessRecords = accessRecords;
        this.settings = settings;
        this.referenceData = referenceData;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.privacy.sweep:PT6H}", initialDelayString = "${mediationdesk.privacy.sweep:PT6H}")
    void sweep() {
        log.info("Retention: de-identified {} closed cases", sweepAt(LocalDateTime.now(clock)));
    }

    /** @return how many closed cases past their retention at {@code now} this call de-identified */
    public int sweepAt(LocalDateTime now) {
        LocalDateTime before = now.minus(shortestRetention());
        int done = 0;
        long afterId = 0;
        List<DeidentificationMapper.ClosedCase> batch;
        do {
            batch = mapper.findClosedBefore(before, afterId, BATCH);
            for (DeidentificationMapper.ClosedCase closed : batch) {
                Period retention = settings.retentionOf(kindOf(closed.centreCode()));
                if (closed.closedAt().plus(retention).isBefore(now) && deidentify(closed, retention, now)) {
                    done++;
                }
                afterId = closed.id();
            }
        } while (batch.size() == BATCH);
        return done;
    }

    private boolean deidentify(DeidentificationMapper.ClosedCase closed, Period retention, LocalDateTime now) {
        try {
            transaction.executeWithoutResult(status -> {
                deidentification.deidentify(closed.id(), closed.caseNumber(), now);
                journal.record(closed.id(), EventType.DEIDENTIFIED, AccessRecords.SYSTEM,
                        EventNote.of("deidentified.retention", EventNote.text(retention.toString())));
                accessRecords.bySystem(AccessAction.DEIDENTIFIED, closed.caseNumber(),
                        "retention " + retention + " after closure " + closed.closedAt().toLocalDate());
            });
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }

    private CentreKind kindOf(String centreCode) {
        return centreCode == null ? null : referenceData.centre(centreCode).map(Centre::kind).orElse(null);
    }

    private Period shortestRetention() {
        LocalDateTime reference = LocalDateTime.of(2000, 1, 1, 0, 0);
        return Arrays.stream(CentreKind.values()).map(settings::retentionOf)
                .min(Comparator.comparing(reference::plus)).orElse(settings.retention());
    }
}
