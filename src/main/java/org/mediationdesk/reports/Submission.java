package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A submitted copy of the report: whose, for which period, who submitted it and when, and its SHA-256. */
public record Submission(long id, String centreCode, boolean withSubCentres, LocalDate periodFrom,
                         LocalDate periodTo, String submittedBy, String submittedByName, LocalDateTime submittedAt,
                         String sha256, long received, long concluded, long resolved) {

    public ReportPeriod period() {
        return new ReportPeriod(periodFrom, periodTo);
    }
}
