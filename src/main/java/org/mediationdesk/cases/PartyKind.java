package org.mediationdesk.cases;

/** A natural person or an organisation (company, village committee, cooperative). */
public enum PartyKind {
    PERSON, ORGANISATION
}
