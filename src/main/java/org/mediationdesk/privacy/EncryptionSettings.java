package org.mediationdesk.privacy;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Personal-data encryption settings (beside the access and retention ones in {@link PrivacySettings}), from {@code mediationdesk.privacy.*} (docs/privacy.md).
 *
 * @param algorithm       AES_GCM, or SM4_GCM for 国密 deployments
 * @param keys            sealing keys by version, Base64; all versions still found in the database must be here
 * @param indexKey        the blind-index and keyed-hash key, Base64 (at least 32 bytes); never rotated
 * @param keyFile         a properties file with {@code key.<version>} and {@code index-key} lines, read in
 *                        addition to {@code keys}; blank for none
 * @param generateKeyFile write a new key file when {@code keyFile} is missing and no key is configured (the
 *                        H2 default, so the first start just works); off in production
 * @param encryption      false writes new values in plain text (for the benchmark's comparison only); reading
 *                        sealed values and the blind indexes work either way
 * @param resealBatch     rows one resealing transaction encrypts
 * @param resealEvery     how often every node looks for rows to encrypt or re-encrypt
 * @param activeKeyPoll   how soon a node learns that another node rotated the active key
 */
@ConfigurationProperties("mediationdesk.privacy")
record EncryptionSettings(@DefaultValue("AES_GCM") SealingAlgorithm algorithm, Map<Integer, String> keys,
                       String indexKey, String keyFile, @DefaultValue("false") boolean generateKeyFile,
                       @DefaultValue("true") boolean encryption, @DefaultValue("500") int resealBatch,
                       @DefaultValue("PT1M") Duration resealEvery, @DefaultValue("PT5S") Duration activeKeyPoll) {

    EncryptionSettings {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        if (resealBatch < 1) {
            throw new IllegalArgumentException("mediationdesk.privacy.reseal-batch must be at least 1");
        }
    }

    boolean hasKeyFile() {
        return keyFile != null && !keyFile.isBlank();
    }
}
