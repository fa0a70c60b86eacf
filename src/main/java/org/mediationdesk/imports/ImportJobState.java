package org.mediationdesk.imports;

/**
 * Where an import job is: waiting for a node, running, done (every row registered or refused), or
 * interrupted (its nodes stopped too often, or its uploader may no longer import): the rows before
 * it stopped stay registered.
 */
public enum ImportJobState {
    QUEUED, RUNNING, DONE, INTERRUPTED
}
