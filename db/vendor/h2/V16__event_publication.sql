-- Spring Modulith's event publication registry (see db/vendor/mysql): H2 keeps the id as a UUID.
CREATE TABLE EVENT_PUBLICATION (
    id               UUID NOT NULL,
    listener_id      VARCHAR(512) NOT NULL,
    event_type       VARCHAR(512) NOT NULL,
    serialized_event VARCHAR(4000) NOT NULL,
    publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP(9) WITH TIME ZONE,
    PRIMARY KEY (id)
);
CREATE INDEX event_publication_by_completion_date ON EVENT_PUBLICATION (completion_date);
