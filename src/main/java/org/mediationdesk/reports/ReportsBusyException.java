package org.mediationdesk.reports;

/** Every export place of this node is taken (see {@link ReportExports}); answered with 429 and Retry-After. */
public class ReportsBusyException extends RuntimeException {

    private final int places;

    ReportsBusyException(int places) {
        super("every report export place is taken (" + places + ")");
        this.places = places;
    }

    public int places() {
        return places;
    }
}
