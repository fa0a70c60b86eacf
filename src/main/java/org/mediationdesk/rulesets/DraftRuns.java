package org.mediationdesk.rulesets;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * The drafts running on this node: scenario runs and simulations, at most
 * {@code mediationdesk.rulesets.draft-runs} at once (2 by default) and one per author. A run
 * beyond that is refused at once, never queued, so a busy node answers instead of piling work up.
 */
@Component
class DraftRuns {

    private final int size;
    private final Semaphore places;
    private final Set<String> authors = ConcurrentHashMap.newKeySet();

    DraftRuns(DraftRunSettings settings) {
        this.size = settings.draftRuns();
        this.places = new Semaphore(size);
    }

    /**
     * A place for {@code author}'s run; close it when the run ends.
     *
     * @throws DraftRunRefusedException AUTHOR_BUSY when the author runs one already, POOL_FULL when every place is taken
     */
    DraftRun start(String author) {
        if (!authors.add(author)) {
            throw new DraftRunRefusedException(DraftRunRefusedException.Reason.AUTHOR_BUSY, size, null);
        }
        if (!places.tryAcquire()) {
            authors.remove(author);
            throw new DraftRunRefusedException(DraftRunRefusedException.Reason.POOL_FULL, size, null);
        }
        return new DraftRun(author);
    }

    /** One draft running; closing it (once, from any thread) frees its place. */
    final class DraftRun implements AutoCloseable {

        private final String author;
        private final AtomicBoolean closed = new AtomicBoolean();

        private DraftRun(String author) {
            this.author = author;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                authors.remove(author);
                places.release();
            }
        }
    }
}
