package org.mediationdesk.imports;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.security.AppUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The error workbooks of recent uploads, stored in the database so that the download may reach any
 * node: each is kept for {@code mediationdesk.imports.error-workbook-keep} and readable only by the
 * user who uploaded it. Every node deletes the expired ones every
 * {@code mediationdesk.imports.error-workbook-sweep} (10 minutes by default); the sweep is one DELETE
 * by expiry, the same whichever node runs it, so nodes sweeping at once need no coordination. The
 * workbook holds whole rows, ID numbers and phones included, so it is stored sealed like them
 * ({@link PersonalDataCipher}) as well as kept only so long.
 */
@Component
class ErrorWorkbooks {

    private static final Logger log = LoggerFactory.getLogger(ErrorWorkbooks.class);

    private final ErrorWorkbookMapper workbooks;
    private final ImportSettings settings;
    private final Clock clock;
    private final AccessRecords accessRecords;
    private final PersonalDataCipher cipher;

    ErrorWorkbooks(ErrorWorkbookMapper workbooks, ImportSettings settings, Clock clock, AccessRecords accessRecords,
                   PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.workbooks = workbooks;
        this.settings = settings;
        this.clock = clock;
        this.accessRecords = accessRecords;
    }

    /** @return the id to download it by */
    String put(String owner, byte[] workbook) {
        LocalDateTime now = LocalDateTime.now(clock);
        String id = UUID.randomUUID().toString();
        workbooks.insertWorkbook(new ErrorWorkbookMapper.WorkbookRow(id, owner, now,
                now.plus(settings.errorWorkbookKeep()), cipher.sealer().seal(workbook)));
        return id;
    }

    /**
     * Empty when there is no such workbook, it has expired, or {@code owner} did not upload it; a workbook
     * found is recorded as an access record (it holds whole rows: names, ID numbers, phones).
     */
    Optional<byte[]> download(String id, AppUser owner) {
        Optional<byte[]> found = workbooks.findWorkbook(id, owner.username(), LocalDateTime.now(clock))
                .map(content -> cipher.open(content.workbook()));
        found.ifPresent(workbook -> accessRecords.onCases(owner, AccessAction.IMPORT_ERRORS_DOWNLOAD,
                "import errors.xlsx " + id, null, null));
        return found;
    }

    @Scheduled(fixedDelayString = "${mediationdesk.imports.error-workbook-sweep:PT10M}",
            initialDelayString = "${mediationdesk.imports.error-workbook-sweep:PT10M}")
    void sweep() {
        log.debug("Deleted {} expired import error workbooks", sweepOnce());
    }

    /** @return how many expired workbooks this call deleted */
    int sweepOnce() {
        return workbooks.deleteExpired(LocalDateTime.now(clock));
    }
}
