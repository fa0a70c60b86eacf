package org.mediationdesk.notifications;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The outbox of messages ({@code message_outbox}), the parties' consent and staff addresses (V40). */
@Mapper
interface OutboxMapper {

    void insert(@Param("m") NewMessage message);

    /** A message to a number outside any case (a verification code), its number and parameters sealed. */
    void insertToNumber(@Param("m") NewNumberMessage message);

    /**
     * Locks one message not yet tried, whatever its due time says (the database may keep a time rounded up to the
     * millisecond); none when a node's sender has it already ({@code SKIP LOCKED}) or tried it.
     */
    List<Long> lockOne(@Param("id") long id);

    /** Blanks what a message to a number kept sealed once it is final: nothing is left to send it again. */
    void forgetNumber(long id);

    /** Messages already written for one occasion (a case's acceptance, a session's reminder). */
    int countByDedupeKey(String dedupeKey);

    /**
     * Locks up to {@code limit} messages due at {@code now} (PENDING, or SENDING past their lease) that no other
     * transaction holds ({@code FOR UPDATE SKIP LOCKED}: nodes claiming at once take different rows).
     */
    List<Long> lockDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

    void claim(@Param("ids") Collection<Long> ids, @Param("node") String node, @Param("until") LocalDateTime until);

    Optional<Message> find(long id);

    /** Ends this node's claim; @return 0 when the claim is no longer this node's (its lease ran out and another took it) */
    int release(@Param("id") long id, @Param("node") String node, @Param("status") MessageStatus status,
                @Param("attempts") int attempts, @Param("nextAttemptAt") LocalDateTime nextAttemptAt,
                @Param("recipientKey") String recipientKey, @Param("error") String error,
                @Param("sentAt") LocalDateTime sentAt);

    /** Messages sent to one number or address since {@code since}, oldest first (the per-number limit). */
    List<LocalDateTime> findSentSince(@Param("recipientKey") String recipientKey, @Param("since") LocalDateTime since);

    List<Message> findByStatus(@Param("status") MessageStatus status, @Param("limit") int limit);

    /** A FAILED message back to PENDING with its attempts counted afresh; @return 0 when it was not FAILED */
    int retry(@Param("id") long id, @Param("now") LocalDateTime now);

    Optional<Boolean> findSmsConsent(long partyId);

    /** The parties of a case who said they want no text messages. */
    Set<Long> findPartiesDecliningTexts(long caseId);

    void deleteConsent(long partyId);

    void insertConsent(@Param("partyId") long partyId, @Param("sms") boolean sms, @Param("by") String by,
                       @Param("at") LocalDateTime at);

    Optional<String> findStaffAddress(String username);

    void deleteStaffAddress(String username);

    void insertStaffAddress(@Param("username") String username, @Param("email") String email, @Param("at") LocalDateTime at);

    /** A message to write: to a party ({@code partyId}, {@code partyRole}) or to a member of staff ({@code username}). */
    record NewMessage(long caseId, String centreCode, MessageKind kind, String channel, Long partyId, String partyRole,
                      String username, String params, boolean urgent, String dedupeKey, LocalDateTime nextAttemptAt,
                      LocalDateTime createdAt) {
    }

    /** A message to a number (sealed) outside any case. */
    final class NewNumberMessage {

        private Long id;
        private final MessageKind kind;
        private final String channel;
        private final String sealedAddress;
        private final String sealedParams;
        private final LocalDateTime createdAt;

        NewNumberMessage(MessageKind kind, String channel, String sealedAddress, String sealedParams,
                         LocalDateTime createdAt) {
            this.kind = kind;
            this.channel = channel;
            this.sealedAddress = sealedAddress;
            this.sealedParams = sealedParams;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public MessageKind getKind() {
            return kind;
        }

        public String getChannel() {
            return channel;
        }

        public String getSealedAddress() {
            return sealedAddress;
        }

        public String getSealedParams() {
            return sealedParams;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }

    /** A message as stored; {@code caseId} null and {@code sealedAddress} set for a message to a number. */
    record Message(long id, Long caseId, String centreCode, MessageKind kind, String channel, Long partyId,
                   String partyRole, String username, String params, boolean urgent, MessageStatus status, int attempts,
                   LocalDateTime nextAttemptAt, String claimedBy, String lastError, LocalDateTime createdAt,
                   LocalDateTime sentAt, String caseNumber, String sealedAddress) {
    }
}
