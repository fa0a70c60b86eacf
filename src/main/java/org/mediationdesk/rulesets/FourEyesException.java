package org.mediationdesk.rulesets;

/** The approver prepared the version themselves (403): a second person must approve it. */
class FourEyesException extends RuntimeException {

    FourEyesException(String approver, long versionId) {
        super(approver + " prepared version " + versionId);
    }
}
