package org.mediationdesk.rulesets;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RuleSetMapper {

    /** The published version's id, read without a lock: what nodes poll. */
    Long findPublishedId();

    /** The published version's id, locking the publication row until the transaction ends. */
    Long lockPublication();

    void updatePublication(@Param("versionId") long versionId, @Param("at") LocalDateTime at);

    void insertVersion(NewVersion version);

    Optional<RuleSetVersion> findVersion(long id);

    List<RuleSetVersion> findVersions();

    List<Long> findIdsByChecksum(String checksum);

    /** Sets a draft's checksum after an edit and withdraws its submission; 0 rows if it is no draft. */
    int updateDraftChecksum(@Param("id") long id, @Param("checksum") String checksum);

    int markSubmitted(@Param("id") long id, @Param("by") String by, @Param("at") LocalDateTime at);

    /** Publishes the version; the first publication's time is kept. */
    void markPublished(@Param("id") long id, @Param("at") LocalDateTime at);

    int updateStatus(@Param("id") long id, @Param("from") RuleSetStatus from, @Param("to") RuleSetStatus to);

    List<RuleSetFile> findFiles(long versionId);

    void insertFile(@Param("versionId") long versionId, @Param("path") String path, @Param("content") String content);

    int deleteFile(@Param("versionId") long versionId, @Param("path") String path);

    void insertAudit(RuleSetAuditEntry entry);

    List<RuleSetAuditEntry> findAudit(long versionId);

    /** Everyone who created, edited or submitted the version. */
    List<String> findPreparers(long versionId);

    /** A version to insert; MyBatis sets {@code id}. */
    final class NewVersion {
        private Long id;
        private final RuleSetStatus status;
        private final Long basedOn;
        private final String checksum;
        private final String author;
        private final String note;
        private final LocalDateTime createdAt;

        NewVersion(RuleSetStatus status, Long basedOn, String checksum, String author, String note,
                   LocalDateTime createdAt) {
            this.status = status;
            this.basedOn = basedOn;
            this.checksum = checksum;
            this.author = author;
            this.note = note;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public RuleSetStatus getStatus() {
            return status;
        }

        public Long getBasedOn() {
            return basedOn;
        }

        public String getChecksum() {
            return checksum;
        }

        public String getAuthor() {
            return author;
        }

        public String getNote() {
            return note;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }
}
