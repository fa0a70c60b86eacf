package org.mediationdesk.notifications;

import java.util.List;
import java.util.Map;

import org.mediationdesk.security.AppUser;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages over the API: failed messages and retrying one (managers and administrators, their centres), a party's
 * consent to text messages (staff of the case), the user's own e-mail address for messages.
 */
@RestController
class MessageApiController {

    private final MessageAdministration administration;
    private final MessagePreferences preferences;

    MessageApiController(MessageAdministration administration, MessagePreferences preferences) {
        this.administration = administration;
        this.preferences = preferences;
    }

    @GetMapping("/api/messages/failed")
    List<MessageAdministration.FailedMessage> failed(@AuthenticationPrincipal AppUser user) {
        return administration.failed(user);
    }

    @PostMapping("/api/messages/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable long id, @AuthenticationPrincipal AppUser user) {
        administration.retry(id, user);
        return ResponseEntity.noContent().build();
    }

    /**
     * {@code {"sms": false}} records that the party (counted from 1, as on the case page) wants no text messages;
     * {@code true} that it does again.
     */
    @PutMapping("/api/cases/{caseNumber}/parties/{partyNo}/messages")
    ResponseEntity<Void> consent(@PathVariable String caseNumber, @PathVariable int partyNo,
                                 @RequestBody Map<String, Object> body, @AuthenticationPrincipal AppUser user) {
        if (!(body.get("sms") instanceof Boolean sms)) {
            throw new InvalidRequestException(List.of(new FieldProblem("sms", "请填写 true 或 false (true or false)")));
        }
        preferences.setSmsConsent(caseNumber, partyNo, sms, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/account/message-address")
    ResponseEntity<Void> address(@RequestBody Map<String, Object> body, @AuthenticationPrincipal AppUser user) {
        Object email = body.get("email");
        if (email != null && !(email instanceof String)) {
            throw new InvalidRequestException(List.of(new FieldProblem("email", "请填写电子邮箱地址 (an e-mail address)")));
        }
        preferences.setStaffAddress(user, (String) email);
        return ResponseEntity.noContent().build();
    }
}
