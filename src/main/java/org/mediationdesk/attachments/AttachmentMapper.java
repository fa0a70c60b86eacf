package org.mediationdesk.attachments;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The rows of {@code case_attachment}; the bytes are the stores' ({@link AttachmentStore}). */
@Mapper
interface AttachmentMapper {

    void insert(@Param("row") Row row, @Param("key") GeneratedKey key);

    List<Row> findByCase(long caseId);

    Optional<Row> find(@Param("caseId") long caseId, @Param("id") long id);

    Optional<Row> findById(long id);

    Optional<Long> findCaseId(String caseNumber);

    /** Bytes of all files of the case, withdrawn ones too (they stay stored). */
    long totalSize(long caseId);

    /** @return 1, or 0 when it was withdrawn already */
    int withdraw(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at,
                 @Param("reason") String reason);

    boolean existsStorageKey(String storageKey);

    /** Whether a file not withdrawn signs the document {@code signsDocument}. */
    boolean hasSignedCopy(@Param("caseId") long caseId, @Param("signsDocument") String signsDocument);

    record Row(Long id, long caseId, String fileName, String mediaType, long sizeBytes, String sha256,
               AttachmentCategory category, SignedDocument signsDocument, Integer signsSession, String caseStatus,
               AttachmentSettings.Storage storage, String storageKey, String uploadedBy, LocalDateTime uploadedAt,
               String withdrawnBy, LocalDateTime withdrawnAt, String withdrawnReason) {
    }

    /** The id the database gave a new row. */
    final class GeneratedKey {
        private Long id;

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }
    }
}
