package org.mediationdesk.documents;

import java.io.ByteArrayOutputStream;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Downloads;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A case's document as a file download, named {@code <title>-<case number>.docx} (a session record
 * {@code …-第2次.docx}), RFC 5987 {@code filename*} with a plain ASCII {@code filename} for old clients.
 */
@Component
class DocumentDownloads {

    private final CaseDocuments documents;

    DocumentDownloads(CaseDocuments documents) {
        this.documents = documents;
    }

    ResponseEntity<byte[]> download(String caseNumber, String kindCode, Integer sessionNo, AppUser user) {
        DocumentKind kind = DocumentKind.ofCode(kindCode)
                .orElseThrow(() -> new NotFoundException("document.unknownKind", kindCode));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.render(caseNumber, kind, sessionNo, user, out);
        String suffix = kind.perSession() ? "-" + sessionNo : "";
        String chineseSuffix = kind.perSession() ? "-第" + sessionNo + "次" : "";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Downloads.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(kind.code() + "-" + caseNumber + suffix
                        + ".docx", kind.title() + "-" + caseNumber + chineseSuffix + ".docx"))
                .body(out.toByteArray());
    }
}
