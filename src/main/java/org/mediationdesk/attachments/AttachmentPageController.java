package org.mediationdesk.attachments;

import java.io.IOException;
import java.io.InputStream;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.mediationdesk.web.Flash;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page's 附件 section ({@code casefile/attachments.html}): adding a file (chosen or dropped,
 * {@code static/js/attachments.js}), downloading one, withdrawing one; each POST goes back to the case page
 * with what happened, or why not, at the top.
 */
@Controller
@RequestMapping("/cases/{caseNumber}/attachments")
class AttachmentPageController {

    private final CaseAttachments attachments;

    AttachmentPageController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    String upload(@PathVariable String caseNumber, @RequestParam(required = false) MultipartFile file,
                  @RequestParam(required = false) String category,
                  @RequestParam(required = false) String signsDocument,
                  @RequestParam(required = false) Integer signsSession, @AuthenticationPrincipal AppUser user,
                  RedirectAttributes redirect) throws IOException {
        try (InputStream content = Uploads.content(file)) {
            var added = attachments.upload(caseNumber, new CaseAttachments.Upload(Uploads.name(file), content,
                    category, signsDocument, signsSession), user);
            Flash.success(redirect, "attachment.page.added", added.fileName());
        } catch (InvalidRequestException e) {
            e.problems().stream().map(FieldProblem::message)
                    .forEach(message -> Flash.danger(redirect, "attachment.page.refused", message));
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey(), e.args());
        } catch (MaxUploadSizeExceededException e) {
            Flash.danger(redirect, "attachment.page.tooLarge", e.getMaxUploadSize() / (1024 * 1024));
        }
        return back(caseNumber);
    }

    @GetMapping("/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String caseNumber, @PathVariable long id,
                                                 @AuthenticationPrincipal AppUser user) throws IOException {
        return Uploads.send(attachments.download(caseNumber, id, user));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable String caseNumber, @PathVariable long id,
                    @RequestParam(required = false) String reason, @AuthenticationPrincipal AppUser user,
                    RedirectAttributes redirect) {
        try {
            attachments.withdraw(caseNumber, id, reason, user);
            Flash.success(redirect, "attachment.page.withdrawn");
        } catch (InvalidRequestException e) {
            e.problems().stream().map(FieldProblem::message)
                    .forEach(message -> Flash.danger(redirect, "attachment.page.refused", message));
        } catch (ConflictException e) {
            Flash.danger(redirect, e.messageKey(), e.args());
        }
        return back(caseNumber);
    }

    private static String back(String caseNumber) {
        return "redirect:/cases/" + caseNumber + "#attachments";
    }
}
