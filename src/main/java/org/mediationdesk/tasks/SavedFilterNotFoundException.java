package org.mediationdesk.tasks;

import org.mediationdesk.system.NotFoundException;

/** No saved filter of the caller has this id. */
class SavedFilterNotFoundException extends NotFoundException {

    SavedFilterNotFoundException(long id) {
        super("filter.notFound", "No saved filter " + id + " of this user");
    }
}
