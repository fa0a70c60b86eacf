package org.mediationdesk.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mediationdesk.privacy.PersonalDataCipherTest.bytes;
import static org.mediationdesk.privacy.PersonalDataCipherTest.key;

/** The start-up check on a database migrated by the real migrations (H2; each test rolls back). */
@MybatisTest(properties = {"spring.main.banner-mode=off", "logging.level.root=WARN"})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PersonalDataKeyCheckTest {

    private static final String KEY_ONE = key(SealingAlgorithm.AES_GCM, 1);
    private static final String INDEX_KEY = bytes(32, 5);

    @Autowired
    PersonalDataMapper mapper;

    @Test
    void aStartWithTheKeysTheDatabaseWasWrittenWithPasses() {
        start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY);

        assertThatCode(() -> start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY)).doesNotThrowAnyException();
        assertThat(mapper.findKeyCheck(PersonalDataKeyCheck.SEAL, 1)).get()
                .extracting(PersonalDataMapper.KeyCheckRow::checkValue).asString().startsWith("k1:");
    }

    @Test
    void aWrongKeyUnderAVersionTheDatabaseKnowsRefusesToStart() {
        start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY);

        assertThatThrownBy(() -> start(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 2)), INDEX_KEY))
                .isInstanceOf(PersonalDataKeyException.class)
                .hasMessageContaining("Personal-data key version 1")
                .hasMessageContaining("is not the key this database's data was sealed with");
    }

    @Test
    void anotherAlgorithmThanTheDatabaseWasWrittenWithRefusesToStart() {
        start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY);

        assertThatThrownBy(() -> start(SealingAlgorithm.SM4_GCM, Map.of(1, key(SealingAlgorithm.SM4_GCM, 1)), INDEX_KEY))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("SM4_GCM").hasMessageContaining("AES_GCM");
    }

    @Test
    void aWrongIndexKeyRefusesToStart() {
        start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY);

        assertThatThrownBy(() -> start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), bytes(32, 6)))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("index key");
    }

    @Test
    void anActiveKeyVersionThisNodeLacksRefusesToStart() {
        start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE, 2, key(SealingAlgorithm.AES_GCM, 2)), INDEX_KEY);
        mapper.updateActiveVersion(2, "admin", LocalDateTime.now());

        assertThatThrownBy(() -> start(SealingAlgorithm.AES_GCM, Map.of(1, KEY_ONE), INDEX_KEY))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("key version 2")
                .hasMessageContaining("not configured on this node");
    }

    @Test
    void noKeysAtAllRefusesToStartNamingWhatToConfigure() {
        assertThatThrownBy(() -> start(SealingAlgorithm.AES_GCM, Map.of(), INDEX_KEY))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("mediationdesk.privacy.keys");
    }

    private void start(SealingAlgorithm algorithm, Map<Integer, String> keys, String indexKey) {
        EncryptionSettings settings = new EncryptionSettings(algorithm, keys, indexKey, "", false, true, 10,
                Duration.ofMinutes(1), Duration.ofSeconds(5));
        PersonalDataKeys ring = new PersonalDataKeys(settings);
        new PersonalDataKeyCheck(ring, new PersonalDataCipher(ring, settings), mapper, Clock.systemUTC()).afterPropertiesSet();
    }
}
