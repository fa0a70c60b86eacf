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
    UNLOCKED
}
