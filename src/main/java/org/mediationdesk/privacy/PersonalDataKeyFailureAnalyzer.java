package org.mediationdesk.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start refused for the personal-data keys says why and what to do, without a page of stack trace. */
class PersonalDataKeyFailureAnalyzer extends AbstractFailureAnalyzer<PersonalDataKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PersonalDataKeyException cause) {
        return new FailureAnalysis("MediationDesk refuses to start: " + cause.getMessage(),
                "Configure the personal-data keys this database was written with (docs/privacy.md: "
                        + "mediationdesk.privacy.keys.<version>, mediationdesk.privacy.index-key, or "
                        + "mediationdesk.privacy.key-file). Without them ID numbers and phones cannot be read.",
                cause);
    }
}
