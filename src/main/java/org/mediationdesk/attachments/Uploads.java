package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;

import org.mediationdesk.web.Downloads;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the page and the API share: reading the uploaded part, and sending a stored file back. */
final class Uploads {

    private Uploads() {
    }

    /** The uploaded part's content, or null when no file was chosen. */
    static InputStream content(MultipartFile file) throws IOException {
        boolean none = file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank());
        return none ? null : file.getInputStream();
    }

    static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    /** The file as a download, streamed from its store; never shown inline, so no upload runs in the browser. */
    static ResponseEntity<InputStreamResource> send(CaseAttachments.Download download) {
        var file = download.file();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(
                        "attachment-" + file.id() + "." + FileTypes.extension(file.mediaType()), file.fileName()))
                .header("X-Content-SHA256", file.sha256())
                .body(new InputStreamResource(download.content()));
    }
}
