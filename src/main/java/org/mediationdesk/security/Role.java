package org.mediationdesk.security;

/** What a user does at a centre. */
public enum Role {
    INTAKE, MEDIATOR, MANAGER, RULE_AUTHOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
