package org.mediationdesk.exchange;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.mediationdesk.security.AppUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which court each COURT account speaks for, for administrators (/api/admin/**: ADMIN). */
@RestController
@RequestMapping("/api/admin/court-accounts")
@Tag(name = "Court exchange")
class CourtAccountAdminController {

    private final CourtAccounts accounts;

    CourtAccountAdminController(CourtAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<CourtAccountMapper.CourtAccount> list() {
        return accounts.list();
    }

    @PutMapping("/{username}")
    @Operation(summary = "Bind a COURT account to the court it speaks for (its entrustments must name that court)")
    ResponseEntity<Void> bind(@PathVariable String username, @RequestBody CourtAccounts.Binding binding,
                              @AuthenticationPrincipal AppUser admin) {
        accounts.bind(username, binding, admin.username());
        return ResponseEntity.noContent().build();
    }
}
