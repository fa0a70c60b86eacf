package org.mediationdesk.users;

import java.util.List;
import java.util.Map;

import org.mediationdesk.security.AccessToken;
import org.mediationdesk.security.AccessTokenStore;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's personal access tokens over the API: create (the answer is the only time it is shown), list, revoke. */
@RestController
class AccessTokenApiController {

    private final AccessTokenStore tokens;
    private final TokenIssuing issuing;

    AccessTokenApiController(AccessTokenStore tokens, TokenIssuing issuing) {
        this.tokens = tokens;
        this.issuing = issuing;
    }

    @GetMapping("/api/account/tokens")
    List<AccessToken> list(@AuthenticationPrincipal AppUser user) {
        return tokens.of(user.username());
    }

    /** {@code {name, days}}; the answer's {@code token} is the only time it is shown. */
    @PostMapping("/api/account/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createOverApi(@AuthenticationPrincipal AppUser user, @RequestBody(required = false) NewToken body) {
        NewToken request = body == null ? new NewToken(null, null) : body;
        return Map.of("token", issuing.issue(user, request.name(), request.days()), "days",
                request.days() == null ? TokenIssuing.DEFAULT_DAYS : request.days());
    }

    @DeleteMapping("/api/account/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AppUser user, @PathVariable long id) {
        if (!tokens.revoke(user.username(), id)) {
            throw new NotFoundException("token.notFound", "token " + id);
        }
    }

    record NewToken(String name, Integer days) {
    }
}
