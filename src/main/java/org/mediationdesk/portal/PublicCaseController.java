package org.mediationdesk.portal;

import java.io.ByteArrayOutputStream;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mediationdesk.cases.PublicCases;
import org.mediationdesk.documents.CaseDocuments;
import org.mediationdesk.documents.DocumentKind;
import org.mediationdesk.system.ConflictException;
import org.mediationdesk.system.NotFoundException;
import org.mediationdesk.web.Downloads;
import org.mediationdesk.web.Flash;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 案件查询: the case's status page (the QR code's link) for a party who verified a phone of that case in this session
 * within the last half hour; anyone else is asked for the phone and a code first. The documents addressed to the
 * parties download from there; after closure the party rates the mediation there, once.
 */
@Controller
class PublicCaseController {

    static final String STATUS_VIEW = "portal/case";
    private static final int COMMENT_MAX = 500;

    private final PublicSession publicSession;
    private final PublicCases publicCases;
    private final CaseDocuments documents;

    PublicCaseController(PublicSession publicSession, PublicCases publicCases, CaseDocuments documents) {
        this.publicSession = publicSession;
        this.publicCases = publicCases;
        this.documents = documents;
    }

    @GetMapping("/public/lookup")
    String lookup(Model model) {
        return PhoneSteps.phone(model, null, null, null);
    }

    @GetMapping("/public/cases/{caseNumber}")
    String status(@PathVariable String caseNumber, HttpSession session, Model model) {
        var party = publicSession.party(session, caseNumber);
        if (party.isPresent()) {
            showCase(model, party.get());
            return STATUS_VIEW;
        }
        var pending = publicSession.pendingPhone(session);
        return pending.isPresent() ? PhoneSteps.code(model, caseNumber, pending.get(), null)
                : PhoneSteps.phone(model, caseNumber, null, null);
    }

    /** A document addressed to the parties, as a .docx; without a verified phone for the case, back to its page. */
    @GetMapping("/public/cases/{caseNumber}/documents/{kind}.docx")
    ResponseEntity<byte[]> document(@PathVariable String caseNumber, @PathVariable String kind, HttpSession session) {
        var party = publicSession.party(session, caseNumber);
        if (party.isEmpty()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/public/cases/" + caseNumber)).build();
        }
        DocumentKind documentKind = DocumentKind.ofCode(kind).orElseThrow(() -> new NotFoundException("document.unknownKind", kind));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.renderForParty(party.get(), documentKind, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Downloads.DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(documentKind.code() + "-" + caseNumber + ".docx",
                        documentKind.title() + "-" + caseNumber + ".docx"))
                .body(out.toByteArray());
    }

    @PostMapping("/public/cases/{caseNumber}/rating")
    String rate(@PathVariable String caseNumber, @RequestParam(required = false) Integer score,
                @RequestParam(required = false) String comment, HttpSession session, HttpServletResponse response,
                Model model, RedirectAttributes redirect) {
        var party = publicSession.party(session, caseNumber);
        if (party.isEmpty()) {
            return "redirect:/public/cases/" + caseNumber;
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (score == null || score < 1 || score > 5 || text != null && text.length() > COMMENT_MAX) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            showCase(model, party.get());
            model.addAttribute("ratingProblem", score == null || score < 1 || score > 5 ? "public.rating.score"
                    : "public.rating.comment.tooLong");
            return STATUS_VIEW;
        }
        try {
            publicCases.rate(party.get(), score, text);
        } catch (ConflictException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            showCase(model, party.get());
            model.addAttribute("ratingProblem", refused.messageKey());
            return STATUS_VIEW;
        }
        Flash.success(redirect, "public.rating.thanks");
        return "redirect:/public/cases/" + caseNumber;
    }

    private void showCase(Model model, PublicCases.Party party) {
        model.addAttribute("c", publicCases.view(party));
        model.addAttribute("documents", documents.availableToParty(party));
    }
}
