package org.mediationdesk.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The import jobs of every node (import_job, import_job_refused_row). Every write of a running job
 * names the node that claimed it and changes nothing (0 rows) once another node has taken it over.
 */
@Mapper
interface ImportJobMapper {

    void insertJob(@Param("job") JobRow job, @Param("upload") byte[] upload);

    Optional<JobRow> findJob(String id);

    List<JobRow> findRecentOf(@Param("uploadedBy") String uploadedBy, @Param("limit") int limit);

    Optional<Upload> findUpload(String id);

    /** Jobs waiting, or running on a node that has written nothing since {@code staleBefore}; oldest first. */
    List<String> findClaimable(@Param("staleBefore") LocalDateTime staleBefore, @Param("maxAttempts") int maxAttempts);

    /** @return 1 when this node got the job, 0 when another node was quicker or it is no longer claimable */
    int claim(@Param("id") String id, @Param("node") String node, @Param("now") LocalDateTime now,
              @Param("staleBefore") LocalDateTime staleBefore, @Param("maxAttempts") int maxAttempts);

    /** Ends the stale jobs that have been taken on {@code maxAttempts} times already. */
    int interruptAbandoned(@Param("staleBefore") LocalDateTime staleBefore, @Param("maxAttempts") int maxAttempts,
                           @Param("now") LocalDateTime now);

    int rowRegistered(@Param("id") String id, @Param("node") String node, @Param("row") int row,
                      @Param("registered") int registered, @Param("already") int already,
                      @Param("now") LocalDateTime now);

    int rowRefused(@Param("id") String id, @Param("node") String node, @Param("row") int row,
                   @Param("now") LocalDateTime now);

    void insertRefusedRow(@Param("jobId") String jobId, @Param("row") int row, @Param("cells") String cells,
                          @Param("problems") String problems);

    int heartbeat(@Param("id") String id, @Param("node") String node, @Param("now") LocalDateTime now);

    List<RefusedRow> findRefusedRows(@Param("jobId") String jobId, @Param("afterRow") int afterRow,
                                     @Param("limit") int limit);

    /** Ends the job: its upload is dropped; 0 rows when this node no longer holds it. */
    int finish(@Param("id") String id, @Param("node") String node, @Param("state") ImportJobState state,
               @Param("errorWorkbookId") String errorWorkbookId, @Param("now") LocalDateTime now);

    void deleteRefusedRows(String jobId);

    /** Gives the job back for any node to take (this node stops); the claim does not count as an attempt. */
    int release(@Param("id") String id, @Param("node") String node);

    /** The refused rows of jobs that ended without writing their error workbook (interrupted). */
    int deleteRefusedRowsOfEndedJobs();

    int deleteFinishedBefore(LocalDateTime before);

    record Upload(byte[] upload) {
    }

    record RefusedRow(int excelRow, String cells, String problems) {
    }

    record JobRow(String id, String uploadedBy, String filename, String locale, ImportJobState state, String claimedBy,
                  int attempts, int rowsTotal, int rowsRead, int lastRow, int rowsRegistered, int rowsAlready,
                  int rowsRefused, String errorWorkbookId, LocalDateTime createdAt, LocalDateTime heartbeatAt,
                  LocalDateTime finishedAt) {
    }
}
