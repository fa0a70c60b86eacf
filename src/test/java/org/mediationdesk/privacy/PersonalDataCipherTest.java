package org.mediationdesk.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealing and opening personal data, blind indexes and keyed hashes, with fixed keys. */
class PersonalDataCipherTest {

    private static final String ID_NUMBER = "330503197203150012";

    @ParameterizedTest
    @EnumSource(SealingAlgorithm.class)
    void sealedIdNumberOpensToItselfAndShowsNothingOfIt(SealingAlgorithm algorithm) {
        PersonalDataCipher cipher = cipher(algorithm, Map.of(1, key(algorithm, 1)));

        String sealed = cipher.sealer().seal(ID_NUMBER);

        assertThat(sealed).startsWith("k1:").doesNotContain(ID_NUMBER).doesNotContain("0012");
        assertThat(cipher.open(sealed)).isEqualTo(ID_NUMBER);
    }

    @Test
    void theSameValueSealsDifferentlyEachTimeForItsRandomNonce() {
        PersonalDataCipher cipher = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)));

        assertThat(cipher.sealer().seal(ID_NUMBER)).isNotEqualTo(cipher.sealer().seal(ID_NUMBER));
    }

    @Test
    void anAlteredValueIsRefusedNotOpenedToGarbage() {
        PersonalDataCipher cipher = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)));
        String sealed = cipher.sealer().seal(ID_NUMBER);
        byte[] body = Base64.getDecoder().decode(sealed.substring(3));
        body[body.length - 20] ^= 1;

        assertThatThrownBy(() -> cipher.open("k1:" + Base64.getEncoder().encodeToString(body)))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("key 1");
    }

    @Test
    void aValueSealedUnderOneKeyDoesNotOpenUnderAnotherKeyOfTheSameVersion() {
        String sealed = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1))).sealer().seal(ID_NUMBER);
        PersonalDataCipher other = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 9)));

        assertThatThrownBy(() -> other.open(sealed)).isInstanceOf(PersonalDataKeyException.class);
    }

    @Test
    void newValuesAreSealedUnderTheActiveVersionAndOlderOnesStillOpen() {
        PersonalDataKeys keys = keys(SealingAlgorithm.AES_GCM,
                Map.of(1, key(SealingAlgorithm.AES_GCM, 1), 2, key(SealingAlgorithm.AES_GCM, 2)), true);
        PersonalDataCipher cipher = new PersonalDataCipher(keys, settings(SealingAlgorithm.AES_GCM, Map.of(), true));
        keys.activate(1);
        String underOne = cipher.sealer().seal("13857201234");

        keys.activate(2);
        PersonalDataCipher.Sealer sealer = cipher.sealer();

        assertThat(sealer.keyVersion()).isEqualTo(2);
        assertThat(sealer.seal("13857201234")).startsWith("k2:");
        assertThat(cipher.open(underOne)).isEqualTo("13857201234");
    }

    @Test
    void plainValuesFromBeforeEncryptionAndNullsPassThrough() {
        PersonalDataCipher cipher = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)));

        assertThat(cipher.open(ID_NUMBER)).isEqualTo(ID_NUMBER);
        assertThat(cipher.open((String) null)).isNull();
        assertThat(cipher.sealer().seal((String) null)).isNull();
        assertThat(cipher.idNumberLookup(null)).isNull();
        assertThat(cipher.phoneLookup(null)).isNull();
    }

    @Test
    void workbookBytesAreSealedAndOpenAgainWhilePlainWorkbooksPassThrough() {
        PersonalDataCipher cipher = cipher(SealingAlgorithm.SM4_GCM, Map.of(3, key(SealingAlgorithm.SM4_GCM, 3)));
        byte[] workbook = ("PK\u0003\u0004 rows with " + ID_NUMBER).getBytes(StandardCharsets.ISO_8859_1);

        byte[] sealed = cipher.sealer().seal(workbook);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).startsWith("k3:").doesNotContain(ID_NUMBER);
        assertThat(cipher.open(sealed)).isEqualTo(workbook);
        assertThat(cipher.open(workbook)).isEqualTo(workbook);
    }

    @Test
    void lookupsFindTheSameNumberWrittenDifferentlyButNeverTellTheNumber() {
        PersonalDataCipher cipher = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)));

        assertThat(cipher.idNumberLookup("33050319720315001x")).isEqualTo(cipher.idNumberLookup(" 33050319720315001X"))
                .hasSize(64).doesNotContain("3305");
        assertThat(cipher.phoneLookup("138-5720 1234")).isEqualTo(cipher.phoneLookup("13857201234"));
        assertThat(cipher.idNumberLookup("13857201234")).isNotEqualTo(cipher.phoneLookup("13857201234"));
    }

    @Test
    void lookupsAndHashesDependOnTheIndexKey() {
        PersonalDataCipher one = cipher(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)));
        PersonalDataKeys otherIndex = new PersonalDataKeys(new EncryptionSettings(SealingAlgorithm.AES_GCM,
                Map.of(1, key(SealingAlgorithm.AES_GCM, 1)), bytes(32, 77), "", false, true, 10, Duration.ofMinutes(1),
                Duration.ofSeconds(5)));
        PersonalDataCipher two = new PersonalDataCipher(otherIndex, settings(SealingAlgorithm.AES_GCM, Map.of(), true));

        assertThat(one.idNumberLookup(ID_NUMBER)).isNotEqualTo(two.idNumberLookup(ID_NUMBER));
        assertThat(one.keyedHash("registration", new byte[] {1})).isNotEqualTo(two.keyedHash("registration", new byte[] {1}));
    }

    @Test
    void withEncryptionSwitchedOffNewValuesStayPlainAndCarryNoKeyVersion() {
        PersonalDataKeys keys = keys(SealingAlgorithm.AES_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)), false);
        PersonalDataCipher cipher = new PersonalDataCipher(keys, settings(SealingAlgorithm.AES_GCM, Map.of(), false));

        assertThat(cipher.sealer().seal(ID_NUMBER)).isEqualTo(ID_NUMBER);
        assertThat(cipher.sealer().keyVersion()).isNull();
    }

    @Test
    void aKeyOfTheWrongLengthForTheAlgorithmIsRefused() {
        assertThatThrownBy(() -> keys(SealingAlgorithm.SM4_GCM, Map.of(1, key(SealingAlgorithm.AES_GCM, 1)), true))
                .isInstanceOf(PersonalDataKeyException.class).hasMessageContaining("SM4_GCM");
    }

    static String key(SealingAlgorithm algorithm, int seed) {
        return bytes(algorithm.keyBytes(), seed);
    }

    static String bytes(int length, int seed) {
        byte[] key = new byte[length];
        for (int i = 0; i < length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return Base64.getEncoder().encodeToString(key);
    }

    static EncryptionSettings settings(SealingAlgorithm algorithm, Map<Integer, String> keys, boolean encryption) {
        return new EncryptionSettings(algorithm, keys, bytes(32, 5), "", false, encryption, 10, Duration.ofMinutes(1),
                Duration.ofSeconds(5));
    }

    private static PersonalDataKeys keys(SealingAlgorithm algorithm, Map<Integer, String> keys, boolean encryption) {
        return new PersonalDataKeys(settings(algorithm, keys, encryption));
    }

    private static PersonalDataCipher cipher(SealingAlgorithm algorithm, Map<Integer, String> keys) {
        EncryptionSettings settings = settings(algorithm, keys, true);
        return new PersonalDataCipher(new PersonalDataKeys(settings), settings);
    }
}
