package org.mediationdesk.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a wrong or missing key rather than show garbage or write under a key the other
 * nodes lack: each configured key must open the check value the database holds for its version (written
 * the first time a key is seen), the index key must reproduce its HMAC, and every key version still found
 * in the tables, and the active one, must be configured. Also follows the active version other nodes set.
 */
@Component
@DependsOnDatabaseInitialization
class PersonalDataKeyCheck implements InitializingBean {

    static final String CHECK_TEXT = "MediationDesk personal-data key check";
    static final String SEAL = "SEAL";
    static final String INDEX = "INDEX";
    private static final int INDEX_VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyCheck.class);

    private final PersonalDataKeys keys;
    private final PersonalDataCipher cipher;
    private final PersonalDataMapper mapper;
    private final Clock clock;

    PersonalDataKeyCheck(PersonalDataKeys keys, PersonalDataCipher cipher, PersonalDataMapper mapper, Clock clock) {
        this.keys = keys;
        this.cipher = cipher;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        for (int version : keys.sealingKeys().keySet()) {
            checkSealingKey(version);
        }
        checkIndexKey();
        int active = checkActiveVersion();
        for (PersonalDataMapper.RowsUnderKey rows : mapper.countRowsByKey()) {
            Integer version = rows.keyVersion();
            if (version != null && !keys.has(version)) {
                throw new PersonalDataKeyException(rows.rowCount() + " rows of " + rows.tableName()
                        + " are sealed under personal-data key version " + version
                        + ", which is not configured (mediationdesk.privacy.keys." + version + "). Configure it "
                        + "until a rotation has re-encrypted those rows.");
            }
        }
        log.info("Personal-data keys checked: versions {} ({}), new values sealed under version {}",
                keys.sealingKeys().keySet(), keys.algorithm(), active);
    }

    private void checkSealingKey(int version) {
        PersonalDataMapper.KeyCheckRow row = findOrInsert(SEAL, version, () -> cipher.sealText(version, CHECK_TEXT));
        String opened;
        try {
            opened = row.algorithm().equals(keys.algorithm().name()) ? cipher.open(row.checkValue()) : null;
        } catch (PersonalDataKeyException wrongKey) {
            opened = null;
        }
        if (!CHECK_TEXT.equals(opened)) {
            throw new PersonalDataKeyException("Personal-data key version " + version + " (" + keys.algorithm()
                    + ") is not the key this database's data was sealed with (" + row.algorithm() + "): its check "
                    + "value does not open. Restore the right key (the key file or mediationdesk.privacy.keys."
                    + version + ") and the algorithm; the application does not start with a wrong key.");
        }
    }

    private void checkIndexKey() {
        PersonalDataMapper.KeyCheckRow row = findOrInsert(INDEX, INDEX_VERSION, this::indexCheckValue);
        if (!row.checkValue().equals(indexCheckValue())) {
            throw new PersonalDataKeyException("The personal-data index key (mediationdesk.privacy.index-key) is not "
                    + "the one this database's lookups were made with. Restore the right key; the application does "
                    + "not start with a wrong one, as repeat disputes and ID-number searches would find nothing.");
        }
    }

    private String indexCheckValue() {
        return cipher.keyedHash("check", CHECK_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private PersonalDataMapper.KeyCheckRow findOrInsert(String purpose, int version, Supplier<String> checkValue) {
        Optional<PersonalDataMapper.KeyCheckRow> found = mapper.findKeyCheck(purpose, version);
        if (found.isPresent()) {
            return found.get();
        }
        String algorithm = purpose.equals(SEAL) ? keys.algorithm().name() : "HMAC_SHA256";
        try {
            mapper.insertKeyCheck(purpose, version, algorithm, checkValue.get(), LocalDateTime.now(clock));
            log.info("Recorded the check value of new personal-data {} key version {}", purpose, version);
        } catch (DuplicateKeyException anotherNodeFirst) {
            log.debug("Another node recorded {} key {} first", purpose, version);
        }
        return mapper.findKeyCheck(purpose, version).orElseThrow();
    }

    private int checkActiveVersion() {
        int active = mapper.findActiveVersion().orElseGet(() -> {
            try {
                mapper.insertActiveVersion(keys.sealingKeys().lastKey(), "system", LocalDateTime.now(clock));
            } catch (DuplicateKeyException anotherNodeFirst) {
                log.debug("Another node chose the first active key");
            }
            return mapper.findActiveVersion().orElseThrow();
        });
        if (!keys.has(active)) {
            throw new PersonalDataKeyException("New personal data is sealed under key version " + active
                    + " (set by a rotation), which is not configured on this node: add mediationdesk.privacy.keys."
                    + active + ".");
        }
        keys.activate(active);
        return active;
    }

    /** Another node may have rotated the active key. */
    @Scheduled(fixedDelayString = "${mediationdesk.privacy.active-key-poll:PT5S}")
    void followActiveVersion() {
        mapper.findActiveVersion().filter(version -> version != keys.activeVersion()).ifPresent(version -> {
            if (keys.has(version)) {
                keys.activate(version);
                log.info("Personal data is now sealed under key version {}", version);
            } else {
                log.error("Another node made personal-data key version {} active, which this node lacks: it keeps "
                        + "sealing under {} and cannot read values sealed under {}. Configure mediationdesk.privacy.keys.{}.",
                        version, keys.activeVersion(), version, version);
            }
        });
    }
}
