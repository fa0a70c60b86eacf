package org.mediationdesk.cases;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.mediationdesk.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data-protection officer's early erasure over the API: {@code POST /api/privacy/erasures/{caseNumber}}
 * with {@code {"reason": "…"}}; 204, 400 without a reason, 404 unknown case, 409 a case not closed or
 * de-identified already, 403 for everyone but the DPO.
 */
@RestController
class CaseErasureController {

    private final CaseErasure erasure;

    CaseErasureController(CaseErasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/api/privacy/erasures/{caseNumber}")
    ResponseEntity<Void> erase(@PathVariable String caseNumber, @Valid @RequestBody Request request,
                               @AuthenticationPrincipal AppUser user) {
        erasure.erase(caseNumber, request.reason(), user);
        return ResponseEntity.noContent().build();
    }

    /** Why the case is erased early: the party's request, as the officer words it. */
    record Request(@NotBlank @Size(max = CaseErasure.MAX_REASON) String reason) {
    }
}
