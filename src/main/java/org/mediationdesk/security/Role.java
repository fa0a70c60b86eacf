package org.mediationdesk.security;

/**
 * What a user does at a centre; DPO is the data-protection officer (个人信息保护负责人), at no centre. Partners
 * work beside the centres: AGENCY (a government department's staff, at no centre, with the agency they answer
 * for), GRID_WORKER (网格员, who reports disputes from their grid) and POLICE (a police contact at the centre
 * whose police desk is told of critical disputes). COURT is a court's system sending entrusted cases to a centre
 * over the exchange API (诉调对接), a machine, not a person.
 */
public enum Role {
    INTAKE, MEDIATOR, MANAGER, RULE_AUTHOR, ADMIN, DPO, AGENCY, GRID_WORKER, POLICE, COURT;

    public String authority() {
        return "ROLE_" + name();
    }
}
