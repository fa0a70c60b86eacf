package org.mediationdesk.portal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The public side's tables (V43): one-time codes, counted attempts, picture challenges, online applications. */
@Mapper
interface PortalMapper {

    /** The phone's guard row, locked until the transaction ends; empty before its first code request. */
    Optional<String> lockPhoneGuard(String phoneKey);

    void insertPhoneGuard(String phoneKey);

    /** Closes a phone's open codes (a new one supersedes them). */
    void closeOpenCodes(@Param("phoneKey") String phoneKey, @Param("at") LocalDateTime at, @Param("why") String why);

    void insertCode(@Param("phoneKey") String phoneKey, @Param("codeHash") String codeHash,
                    @Param("at") LocalDateTime at, @Param("expiresAt") LocalDateTime expiresAt);

    /** The phone's newest open code, locked for this answer. */
    Optional<Code> lockOpenCode(String phoneKey);

    void countWrongTry(long id);

    void closeCode(@Param("id") long id, @Param("at") LocalDateTime at, @Param("why") String why);

    void insertAttempt(@Param("kind") AttemptKind kind, @Param("subjectKey") String subjectKey,
                       @Param("at") LocalDateTime at);

    /** The times of one subject's attempts since {@code since}, oldest first. */
    List<LocalDateTime> findAttemptsSince(@Param("kind") AttemptKind kind, @Param("subjectKey") String subjectKey,
                                          @Param("since") LocalDateTime since);

    int deleteAttemptsBefore(LocalDateTime before);

    void insertChallenge(@Param("token") String token, @Param("answerHash") String answerHash,
                         @Param("at") LocalDateTime at, @Param("expiresAt") LocalDateTime expiresAt);

    /** Spends a challenge, rightly answered or not; @return 0 for a spent, expired or unknown one */
    int spendChallenge(@Param("token") String token, @Param("at") LocalDateTime at);

    Optional<String> findChallengeAnswer(String token);

    int deleteChallengesBefore(LocalDateTime before);

    void insertApplication(@Param("caseNumber") String caseNumber, @Param("phoneKey") String phoneKey,
                           @Param("submissionKey") String submissionKey, @Param("at") LocalDateTime at);

    record Code(long id, String codeHash, LocalDateTime expiresAt, int wrongTries) {
    }

    /** What is counted: a code sent to a phone, a code asked from an address, a wrong code for a phone. */
    enum AttemptKind { CODE_TO_PHONE, CODE_FROM_ADDRESS, WRONG_CODE }
}
