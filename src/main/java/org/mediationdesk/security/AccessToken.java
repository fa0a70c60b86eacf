package org.mediationdesk.security;

import java.time.LocalDateTime;

/** A personal access token as its owner sees it listed: never the token itself, only its first characters. */
public record AccessToken(long id, String name, String prefix, LocalDateTime createdAt, LocalDateTime expiresAt,
                          LocalDateTime lastUsedAt, LocalDateTime revokedAt) {
}
