package org.mediationdesk.privacy;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every personal-data row under the active key: rows still plain from before V31 are encrypted
 * and given their blind indexes (second-factor secrets plain from before V39 are sealed), rows under an
 * older key after a rotation are re-encrypted. Batches of
 * {@code mediationdesk.privacy.reseal-batch} rows, each in its own transaction with its rows locked
 * ({@code FOR UPDATE SKIP LOCKED}), so it can stop anywhere and resume, and nodes running it at once
 * share the work. Every node runs it after start and every {@code reseal-every}; an administrator can
 * start it at once ({@link KeyRotation}).
 */
@Component
class PersonalDataResealing {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataResealing.class);

    private final PersonalDataMapper mapper;
    private final PersonalDataCipher cipher;
    private final EncryptionSettings settings;
    private final TransactionTemplate transaction;

    PersonalDataResealing(PersonalDataMapper mapper, PersonalDataCipher cipher, EncryptionSettings settings,
                          PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${mediationdesk.privacy.reseal-every:PT1M}")
    void resealOnSchedule() {
        int rows = resealAll();
        if (rows > 0) {
            log.info("Sealed {} personal-data rows under key version {}", rows, cipher.sealer().keyVersion());
        }
    }

    /** After a rotation: the administrator's request returns while this works. */
    @Async
    void resealInBackground() {
        resealOnSchedule();
    }

    /** Reseals batch after batch until none is left; @return the rows this call resealed (0 with encryption off) */
    int resealAll() {
        if (!settings.encryption()) {
            return 0;
        }
        int total = 0;
        for (int rows = resealBatch(); rows > 0; rows = resealBatch()) {
            total += rows;
        }
        return total;
    }

    /**
     * @return the rows of one batch of parties, conflicts, second-factor and event-feed secrets; 0 when none is left
     * to this node
     */
    int resealBatch() {
        Integer parties = transaction.execute(status -> resealParties());
        Integer conflicts = transaction.execute(status -> resealConflicts());
        Integer secrets = transaction.execute(status -> resealSecondFactorSecrets());
        Integer feedSecrets = transaction.execute(status -> resealWebhookSecrets());
        return parties + conflicts + secrets + feedSecrets;
    }

    private int resealParties() {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        List<PersonalDataMapper.PartyValues> parties = mapper.claimParties(sealer.keyVersion(), settings.resealBatch());
        for (PersonalDataMapper.PartyValues party : parties) {
            String idNumber = cipher.open(party.idNumber());
            String phone = cipher.open(party.phone());
            mapper.updateParty(party.id(), sealer.seal(idNumber), sealer.seal(phone),
                    cipher.idNumberLookup(idNumber), cipher.phoneLookup(phone), sealer.keyVersion());
        }
        return parties.size();
    }

    private int resealConflicts() {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        List<PersonalDataMapper.ConflictValues> conflicts = mapper.claimConflicts(sealer.keyVersion(), settings.resealBatch());
        for (PersonalDataMapper.ConflictValues conflict : conflicts) {
            mapper.updateConflict(conflict.id(), sealer.seal(cipher.open(conflict.partyIdNumber())), sealer.keyVersion());
        }
        return conflicts.size();
    }

    private int resealSecondFactorSecrets() {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        List<PersonalDataMapper.SecretValues> secrets =
                mapper.claimSecondFactorSecrets(sealer.keyVersion(), settings.resealBatch());
        for (PersonalDataMapper.SecretValues secret : secrets) {
            mapper.updateSecondFactorSecret(secret.userId(), sealer.seal(cipher.open(secret.secret())), sealer.keyVersion());
        }
        return secrets.size();
    }

    private int resealWebhookSecrets() {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        List<PersonalDataMapper.WebhookSecret> secrets = mapper.claimWebhookSecrets(sealer.keyVersion(), settings.resealBatch());
        for (PersonalDataMapper.WebhookSecret secret : secrets) {
            mapper.updateWebhookSecret(secret.id(), sealer.seal(cipher.open(secret.secret())), sealer.keyVersion());
        }
        return secrets.size();
    }
}
