package org.mediationdesk.security;

/** What a sign-in record says happened. */
public enum SignInOutcome {
    SUCCESS,
    FAILURE,
    /** The account name reached its failure limit and is locked. */
    LOCKED,
    /** The address reached its failure limit and is refused for a while. */
    THROTTLED,
    /** An administrator lifted a lock. */
    UNLOCKED,
    /** A wrong code of the second factor (counts towards the account's lock like a wrong password). */
    FACTOR_FAILURE,
    /** The user set up an authenticator app as second factor. */
    FACTOR_ENROLLED,
    /** The user signed in with a recovery code instead of the app's code. */
    RECOVERY_USED,
    /** An administrator removed a user's second factor, to be set up again at the next sign-in. */
    FACTOR_RESET
}
