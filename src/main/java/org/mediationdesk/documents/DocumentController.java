package org.mediationdesk.documents;

import java.util.List;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's standard documents over the API: the list of those the case has reached, each as .docx, and
 * the agreement at its older address {@code agreement.docx}; and the built-in templates. The same checks as the case (403, 404); a
 * document the case has not reached is 409.
 */
@RestController
class DocumentController {

    private final CaseDocuments documents;
    private final DocumentDownloads downloads;
    private final DocumentTemplates templates;

    DocumentController(CaseDocuments documents, DocumentDownloads downloads, DocumentTemplates templates) {
        this.documents = documents;
        this.downloads = downloads;
        this.templates = templates;
    }

    @GetMapping("/api/cases/{caseNumber}/documents")
    List<Listed> list(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return documents.availableFor(caseNumber, user).stream()
                .map(d -> new Listed(d.kind(), d.kind().code(), d.sessionNo(), d.title(), "/api/cases/" + caseNumber
                        + "/documents/" + d.kind().code() + (d.sessionNo() == null ? "" : "/" + d.sessionNo())))
                .toList();
    }

    @GetMapping("/api/cases/{caseNumber}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String kind,
                                    @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, kind, null, user);
    }

    @GetMapping("/api/cases/{caseNumber}/documents/session-record/{sessionNo}")
    ResponseEntity<byte[]> sessionRecord(@PathVariable String caseNumber, @PathVariable int sessionNo,
                                         @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, DocumentKind.SESSION_RECORD.code(), sessionNo, user);
    }

    @GetMapping("/api/cases/{caseNumber}/agreement.docx")
    ResponseEntity<byte[]> agreement(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return downloads.download(caseNumber, DocumentKind.AGREEMENT.code(), null, user);
    }

    /** A built-in template, for a centre to start its own from (docs/process.md, "Templates and placeholders"). */
    @GetMapping("/api/document-templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        DocumentKind documentKind = DocumentKind.ofCode(kind)
                .orElseThrow(() -> new NotFoundException("document.unknownKind", kind));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Downloads.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(DocumentTemplates.fileName(documentKind),
                        documentKind.title() + "-模板.docx"))
                .body(templates.builtIn(documentKind));
    }

    /** A document the case has reached, with its API address. */
    record Listed(DocumentKind kind, String code, Integer sessionNo, String title, String href) {
    }
}
