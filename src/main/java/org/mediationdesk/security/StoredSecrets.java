package org.mediationdesk.security;

/**
 * Seals secrets the application must read back (second-factor TOTP keys, the event feed's signing secrets) as
 * personal data is sealed, with a key kept outside the database. Module privacy provides it; security only states what it needs.
 */
public interface StoredSecrets {

    /** The value to store, and the version of the key that sealed it (null when encryption is off). */
    Sealed seal(String plain);

    /** The plain secret of a stored value; a value stored before sealing is answered as it is. */
    String open(String stored);

    record Sealed(String value, Integer keyVersion) {
    }
}
