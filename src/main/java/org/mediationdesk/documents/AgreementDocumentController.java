package org.mediationdesk.documents;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads a case's agreement document (调解协议书) as .docx, named {@code 调解协议书-<case number>.docx}
 * (RFC 5987 {@code filename*}, with a plain ASCII {@code filename} for old clients).
 */
@RestController
class AgreementDocumentController {

    private final AgreementDocuments documents;

    AgreementDocumentController(AgreementDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/cases/{caseNumber}/agreement.docx")
    ResponseEntity<byte[]> agreement(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return download(documents.agreement(caseNumber, user));
    }

    static ResponseEntity<byte[]> download(AgreementDocuments.Document document) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Downloads.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("agreement-" + document.caseNumber()
                        + ".docx", "调解协议书-" + document.caseNumber() + ".docx"))
                .body(document.bytes());
    }
}
