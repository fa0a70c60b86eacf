package org.mediationdesk.documents;

import org.mediationdesk.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A case's documents for the signed-in page session: the API's paths ({@code /api/…}) take HTTP Basic
 * only, so the case page links here, under {@code /cases/{n}/}. The same service makes the file with
 * the same checks; a refusal is the error page (403 another centre's case, 404 unknown, 409 not
 * reached yet) rather than the API's JSON problem.
 */
@Controller
class DocumentPageController {

    private final DocumentDownloads downloads;

    DocumentPageController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/cases/{caseNumber}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String kind,
                                    @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, kind, null, user);
    }

    @GetMapping("/cases/{caseNumber}/documents/session-record/{sessionNo}")
    ResponseEntity<byte[]> sessionRecord(@PathVariable String caseNumber, @PathVariable int sessionNo,
                                         @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, DocumentKind.SESSION_RECORD.code(), sessionNo, user);
    }

    @GetMapping("/cases/{caseNumber}/agreement.docx")
    ResponseEntity<byte[]> agreement(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, DocumentKind.AGREEMENT.code(), null, user);
    }
}
