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
 * the same checks; a refusal is the error page (403 another centre's case, 404 unknown, 409 no
 * agreement yet) rather than the API's JSON problem.
 */
@Controller
class DocumentPageController {

    private final AgreementDocuments documents;

    DocumentPageController(AgreementDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/cases/{caseNumber}/agreement.docx")
    ResponseEntity<byte[]> agreement(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return AgreementDocumentController.download(documents.agreement(caseNumber, user));
    }
}
