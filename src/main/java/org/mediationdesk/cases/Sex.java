package org.mediationdesk.cases;

/** A party's sex as the standard mediation forms ask it (性别). */
public enum Sex {
    MALE, FEMALE;

    /** As printed on a form: 男 or 女. */
    public String chinese() {
        return this == MALE ? "男" : "女";
    }
}
