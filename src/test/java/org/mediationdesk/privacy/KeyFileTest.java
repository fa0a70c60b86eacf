package org.mediationdesk.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The H2 default's key file: written on first start for its owner only, and read again on the next. */
class KeyFileTest {

    @TempDir
    Path data;

    @Test
    void firstStartWritesAKeyFileOnlyItsOwnerMayReadAndTheNextStartUsesTheSameKeys() throws Exception {
        Path file = data.resolve("db").resolve("personal-data-keys.properties");

        PersonalDataCipher first = cipher(file, true);
        String sealed = first.sealer().seal("330503197203150012");
        PersonalDataCipher next = cipher(file, true);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(file)).contains("key.1=").contains("index-key=").doesNotContain("330503");
        assertThat(next.open(sealed)).isEqualTo("330503197203150012");
        assertThat(next.idNumberLookup("330503197203150012")).isEqualTo(first.idNumberLookup("330503197203150012"));
    }

    @Test
    void withoutGenerationAMissingKeyFileMeansNoKeysAndNoStart() {
        Path file = data.resolve("missing.properties");

        assertThatThrownBy(() -> cipher(file, false)).isInstanceOf(PersonalDataKeyException.class)
                .hasMessageContaining("No personal-data keys");
        assertThat(file).doesNotExist();
    }

    private static PersonalDataCipher cipher(Path file, boolean generate) {
        EncryptionSettings settings = new EncryptionSettings(SealingAlgorithm.AES_GCM, Map.of(), null, file.toString(), generate,
                true, 10, Duration.ofMinutes(1), Duration.ofSeconds(5));
        return new PersonalDataCipher(new PersonalDataKeys(settings), settings);
    }
}
