package org.mediationdesk.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The standard documents of people's mediation (人民调解文书格式, Ministry of Justice) that a case can
 * produce. The name is the stable code other parts refer to (a signed scan names the document it
 * signs); {@code code} is the same in URLs and template file names ({@code agreement.docx}).
 */
public enum DocumentKind {
    APPLICATION("application", "人民调解申请书"),
    ACCEPTANCE_FORM("acceptance-form", "人民调解受理登记表"),
    SESSION_RECORD("session-record", "人民调解记录"),
    INVESTIGATION_RECORD("investigation-record", "调查记录"),
    NON_ACCEPTANCE_NOTICE("non-acceptance-notice", "不予受理告知书"),
    TERMINATION_NOTICE("termination-notice", "终止调解告知书"),
    ORAL_AGREEMENT_REGISTRATION("oral-agreement-registration", "口头调解协议登记表"),
    FOLLOW_UP_RECORD("follow-up-record", "回访记录"),
    AGREEMENT("agreement", "人民调解协议书");

    private final String code;
    private final String title;

    DocumentKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    /** The form's Chinese title, as printed on it. */
    public String title() {
        return title;
    }

    /** One document per mediation session rather than one per case. */
    public boolean perSession() {
        return this == SESSION_RECORD;
    }

    public static Optional<DocumentKind> ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
