package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.mediationdesk.cases.CaseView;
import org.mediationdesk.security.AppUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A case's files over the API: {@code POST} a multipart form ({@code file}, {@code category}, optionally
 * {@code signsDocument} and {@code signsSession}), list them, download one (streamed), withdraw one.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/attachments")
class AttachmentController {

    private final CaseAttachments attachments;

    AttachmentController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CaseView.AttachmentView> upload(@PathVariable String caseNumber,
                                                   @RequestParam(required = false) MultipartFile file,
                                                   @RequestParam(required = false) String category,
                                                   @RequestParam(required = false) String signsDocument,
                                                   @RequestParam(required = false) Integer signsSession,
                                                   @AuthenticationPrincipal AppUser user) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            CaseView.AttachmentView added = attachments.upload(caseNumber, new CaseAttachments.Upload(
                    Uploads.name(file), content, category, signsDocument, signsSession), user);
            return ResponseEntity.created(URI.create("/api/cases/" + caseNumber + "/attachments/" + added.id()))
                    .body(added);
        }
    }

    @GetMapping
    List<CaseView.AttachmentView> list(@PathVariable String caseNumber, @AuthenticationPrincipal AppUser user) {
        return attachments.list(caseNumber, user);
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String caseNumber, @PathVariable long id,
                                                 @AuthenticationPrincipal AppUser user) throws IOException {
        return Uploads.send(attachments.download(caseNumber, id, user));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String caseNumber, @PathVariable long id,
                                  @RequestBody WithdrawalForm form, @AuthenticationPrincipal AppUser user) {
        attachments.withdraw(caseNumber, id, form.reason(), user);
        return ResponseEntity.noContent().build();
    }

    /** Why a file is withdrawn (required). */
    record WithdrawalForm(String reason) {
    }
}
