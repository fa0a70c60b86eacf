package org.mediationdesk.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import org.mediationdesk.cases.CaseAccess;
import org.mediationdesk.cases.CaseRef;
import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.privacy.AccessAction;
import org.mediationdesk.privacy.AccessRecords;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.security.Role;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/cases/{n}/archive.pdf} (and the case page's link, {@code /cases/{n}/archive.pdf}): the closed case's archive for its centre's mediators and managers
 * (403 for anyone else, 409 before closure), streamed from its chunks, with its SHA-256 in a header; each
 * download is an access record.
 */
@RestController
class ArchiveController {

    private final CaseAccess access;
    private final CaseArchives archives;
    private final AccessRecords accessRecords;

    ArchiveController(CaseAccess access, CaseArchives archives, AccessRecords accessRecords) {
        this.access = access;
        this.archives = archives;
        this.accessRecords = accessRecords;
    }

    @GetMapping({"/api/cases/{caseNumber}/archive.pdf", "/cases/{caseNumber}/archive.pdf"})
    ResponseEntity<StreamingResponseBody> archive(@PathVariable String caseNumber,
                                                  @AuthenticationPrincipal AppUser user) throws IOException {
        if (!user.has(Role.MEDIATOR) && !user.has(Role.MANAGER)) {
            throw new AccessDeniedException("Only the case's mediators and managers download its archive");
        }
        CaseRef ref = access.workableCase(caseNumber, user);
        if (ref.status() != CaseStatus.CLOSED) {
            throw new ConflictException("archive.notClosed");
        }
        Optional<ArchiveStore.Stored> existing = archives.find(ref.id());
        ArchiveStore.Stored stored = existing.isPresent() ? existing.get()
                : archives.produceIfClosed(ref.id()).orElseThrow(() -> new ConflictException("archive.notClosed"));
        accessRecords.onCase(user, AccessAction.DOCUMENT_DOWNLOAD, ref.caseNumber(), "卷宗 archive.pdf", null);
        StreamingResponseBody body = out -> {
            try (InputStream in = archives.open(ref.id())) {
                in.transferTo(out);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).contentLength(stored.size())
                .header("X-Archive-SHA256", stored.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(caseNumber + "-archive.pdf",
                        caseNumber + "-卷宗.pdf"))
                .body(body);
    }
}
