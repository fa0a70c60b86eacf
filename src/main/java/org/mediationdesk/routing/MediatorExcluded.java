package org.mediationdesk.routing;

/** Inserted by an assignment rule: this mediator may not take the case, and why (read by the manager). */
public record MediatorExcluded(String username, String reason) {

    public String getUsername() {
        return username;
    }
}
