package org.mediationdesk.privacy;

import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal-data keys for administrators ({@code /api/admin/**} is ADMIN only): {@code GET
 * /api/admin/personal-data-keys} for the status, {@code POST /api/admin/personal-data-keys/rotation} with
 * {@code {"keyVersion": 2}} to rotate; the answer (202) comes at once, the re-encryption runs on.
 */
@RestController
class KeyRotationController {

    private final KeyRotation rotation;

    KeyRotationController(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping("/api/admin/personal-data-keys")
    KeyStatus status() {
        return rotation.status();
    }

    @PostMapping("/api/admin/personal-data-keys/rotation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    KeyStatus rotate(@Valid @RequestBody RotationRequest request, Principal administrator) {
        return rotation.rotateTo(request.keyVersion(), administrator.getName());
    }

    record RotationRequest(@NotNull @Min(1) Integer keyVersion) {
    }
}
