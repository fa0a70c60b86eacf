package org.mediationdesk.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The error workbooks of recent uploads, in memory: at most {@value #CAPACITY}, each for
 * {@value #HOURS} hours, readable only by the user who uploaded. They are a by-product of an upload
 * that can be made again by uploading again, so losing them on a restart (or on another node)
 * costs a re-upload, never data; a table would have to be cleaned up for no more than that.
 */
@Component
class ErrorWorkbooks {

    static final int CAPACITY = 100;
    static final int HOURS = 2;

    private final Clock clock;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    ErrorWorkbooks(Clock clock) {
        this.clock = clock;
    }

    synchronized String put(String owner, byte[] workbook) {
        String id = UUID.randomUUID().toString();
        entries.put(id, new Entry(owner, workbook, Instant.now(clock)));
        return id;
    }

    synchronized Optional<byte[]> get(String id, String owner) {
        Entry entry = entries.get(id);
        if (entry == null || Instant.now(clock).isAfter(entry.created().plus(Duration.ofHours(HOURS)))) {
            entries.remove(id);
            return Optional.empty();
        }
        return entry.owner().equals(owner) ? Optional.of(entry.workbook()) : Optional.empty();
    }

    private record Entry(String owner, byte[] workbook, Instant created) {
    }
}
