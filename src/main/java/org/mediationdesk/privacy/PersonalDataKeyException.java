package org.mediationdesk.privacy;

/** The personal-data keys are missing, malformed or not the ones the database was written with: no start. */
class PersonalDataKeyException extends RuntimeException {

    PersonalDataKeyException(String message) {
        super(message);
    }

    PersonalDataKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
