package org.mediationdesk.tasks;

/** No mediator has this user name. */
public class MediatorNotFoundException extends RuntimeException {

    MediatorNotFoundException(String username) {
        super("No mediator " + username);
    }
}
