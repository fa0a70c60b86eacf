package org.mediationdesk.reports;

import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * The workbooks this node is writing, at most {@link ReportSettings#concurrentExports()} at once. One more is
 * refused, never queued: a person waiting for a download they cannot see start would click again.
 */
@Component
class ReportExports {

    private final int places;
    private final Semaphore free;

    ReportExports(ReportSettings settings) {
        this.places = settings.concurrentExports();
        this.free = new Semaphore(places);
    }

    /**
     * A place for one export; close it when the workbook is written.
     *
     * @throws ReportsBusyException when every place is taken
     */
    Place start() {
        if (!free.tryAcquire()) {
            throw new ReportsBusyException(places);
        }
        return new Place();
    }

    /** One export running; closing it frees its place. */
    final class Place implements AutoCloseable {

        private boolean closed;

        private Place() {
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                free.release();
            }
        }
    }
}
