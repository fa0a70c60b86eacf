package org.mediationdesk.mediators;

import org.mediationdesk.system.NotFoundException;

/** No mediator has this user name. */
public class MediatorNotFoundException extends NotFoundException {

    MediatorNotFoundException(String username) {
        super("mediator.notFound", "No mediator " + username);
    }
}
