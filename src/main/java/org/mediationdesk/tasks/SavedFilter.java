package org.mediationdesk.tasks;

/** A task-list filter a user saved: its name and the list's query string. */
public record SavedFilter(long id, String name, String query) {
}
