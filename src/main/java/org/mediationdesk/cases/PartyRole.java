package org.mediationdesk.cases;

/** A party's side in the dispute: applicant (申请人), respondent (被申请人) or third party (第三人). */
public enum PartyRole {
    APPLICANT, RESPONDENT, THIRD_PARTY
}
