-- Spring Modulith's event publication registry: an event between modules is stored in the transaction
-- that publishes it and marked complete when its listener has run, so a node dying after the commit
-- does not lose it (republished at the next start). The registry's own schema for MySQL, its name in
-- capitals as the registry spells it (MySQL on Linux tells the cases apart); H2 keeps
-- the id as a UUID (db/vendor/h2).
CREATE TABLE EVENT_PUBLICATION (
    id               VARCHAR(36)  NOT NULL,
    listener_id      VARCHAR(512) NOT NULL,
    event_type       VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date TIMESTAMP(6) NOT NULL,
    completion_date  TIMESTAMP(6) NULL DEFAULT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date ON EVENT_PUBLICATION (completion_date);
