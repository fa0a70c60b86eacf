package org.mediationdesk.privacy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The key checks and the active key version (personal_data_key, personal_data_active_key), and the
 * personal-data columns of case_party and mediator_conflict, and the second factor's secrets, as the
 * resealing job sees them.
 */
@Mapper
interface PersonalDataMapper {

    Optional<KeyCheckRow> findKeyCheck(@Param("purpose") String purpose, @Param("version") int version);

    void insertKeyCheck(@Param("purpose") String purpose, @Param("version") int version,
                        @Param("algorithm") String algorithm, @Param("checkValue") String checkValue,
                        @Param("createdAt") LocalDateTime createdAt);

    Optional<Integer> findActiveVersion();

    void insertActiveVersion(@Param("version") int version, @Param("by") String by, @Param("at") LocalDateTime at);

    void updateActiveVersion(@Param("version") int version, @Param("by") String by, @Param("at") LocalDateTime at);

    /** Rows per table and key version; a null version counts rows still in plain text. */
    List<RowsUnderKey> countRowsByKey();

    /** Up to {@code limit} parties not under {@code version}, locked; rows another node holds are skipped. */
    List<PartyValues> claimParties(@Param("version") int version, @Param("limit") int limit);

    void updateParty(@Param("id") long id, @Param("idNumber") String idNumber, @Param("phone") String phone,
                     @Param("idNumberLookup") String idNumberLookup, @Param("phoneLookup") String phoneLookup,
                     @Param("version") int version);

    List<ConflictValues> claimConflicts(@Param("version") int version, @Param("limit") int limit);

    void updateConflict(@Param("id") long id, @Param("partyIdNumber") String partyIdNumber,
                        @Param("version") int version);

    List<SecretValues> claimSecondFactorSecrets(@Param("version") int version, @Param("limit") int limit);

    void updateSecondFactorSecret(@Param("userId") long userId, @Param("secret") String secret,
                                  @Param("version") int version);

    List<WebhookSecret> claimWebhookSecrets(@Param("version") int version, @Param("limit") int limit);

    void updateWebhookSecret(@Param("id") long id, @Param("secret") String secret, @Param("version") int version);

    record KeyCheckRow(String algorithm, String checkValue) {
    }

    record RowsUnderKey(String tableName, Integer keyVersion, long rowCount) {
    }

    record PartyValues(long id, String idNumber, String phone) {
    }

    record ConflictValues(long id, String partyIdNumber) {
    }

    record SecretValues(long userId, String secret) {
    }

    record WebhookSecret(long id, String secret) {
    }
}
