package org.mediationdesk.security.oidc;

/**
 * The provider knows the person, but their token gives them no role here, or no centre their role needs, or their
 * user name is one the application keeps for itself ({@code PeopleNames.isReserved}).
 */
class OidcAccountRefused extends RuntimeException {

    private final boolean reservedName;

    OidcAccountRefused(String username, String reason) {
        this(username, reason, false);
    }

    private OidcAccountRefused(String username, String reason, boolean reservedName) {
        super(username + ": " + reason);
        this.reservedName = reservedName;
    }

    static OidcAccountRefused reservedName(String username) {
        return new OidcAccountRefused(username, "a name kept for the system", true);
    }

    /** Whether the user name, not a missing role or centre, is the reason. */
    boolean forReservedName() {
        return reservedName;
    }
}
