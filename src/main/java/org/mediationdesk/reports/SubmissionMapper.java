package org.mediationdesk.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Submitted copies of the report (table report_submission); the latest of a centre and period is in force. */
@Mapper
interface SubmissionMapper {

    void insertSubmission(NewSubmission submission);

    Optional<Submission> findLatest(@Param("centre") String centre, @Param("withSubCentres") boolean withSubCentres,
                                    @Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Each listed centre's own reports (not county-wide) for exactly this period, newest first. */
    List<Submission> findOwnReports(@Param("centres") Collection<String> centres, @Param("from") LocalDate from,
                                    @Param("to") LocalDate to);

    List<Submission> findRecent(@Param("centre") String centre, @Param("withSubCentres") boolean withSubCentres,
                                @Param("limit") int limit);

    Optional<Content> findWorkbook(long id);

    record NewSubmission(String centreCode, boolean withSubCentres, LocalDate periodFrom, LocalDate periodTo,
                         String submittedBy, LocalDateTime submittedAt, String sha256, long received,
                         long concluded, long resolved, byte[] workbook) {
    }

    record Content(byte[] workbook) {
    }
}
