package org.mediationdesk.privacy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The configured keys: sealing keys by version (from {@code mediationdesk.privacy.keys} and the key file),
 * the blind-index key, and which version new values are sealed under (the database's choice, set by
 * {@link PersonalDataKeyCheck} and {@link KeyRotation}).
 */
@Component
class PersonalDataKeys {

    private final SealingAlgorithm algorithm;
    private final SortedMap<Integer, SecretKey> sealingKeys;
    private final SecretKey indexKey;
    private final AtomicInteger active = new AtomicInteger();

    PersonalDataKeys(EncryptionSettings settings) {
        this.algorithm = settings.algorithm();
        Map<Integer, String> encoded = new TreeMap<>(settings.keys());
        String index = settings.indexKey();
        if (settings.hasKeyFile()) {
            Path file = Path.of(settings.keyFile());
            if (Files.notExists(file) && encoded.isEmpty() && settings.generateKeyFile()) {
                KeyFile.generate(file, algorithm);
            }
            if (Files.exists(file)) {
                index = merge(KeyFile.read(file), encoded, index, file);
            }
        }
        if (encoded.isEmpty() || index == null || index.isBlank()) {
            throw new PersonalDataKeyException("No personal-data keys are configured: set mediationdesk.privacy.keys.<version> "
                    + "and mediationdesk.privacy.index-key (e.g. MEDIATIONDESK_PRIVACY_KEYS_1, MEDIATIONDESK_PRIVACY_INDEXKEY), "
                    + "or mediationdesk.privacy.key-file. See docs/privacy.md.");
        }
        this.sealingKeys = new TreeMap<>();
        encoded.forEach((version, value) -> sealingKeys.put(version, sealingKey(version, value)));
        this.indexKey = new SecretKeySpec(decode("mediationdesk.privacy.index-key", index, 32), "HmacSHA256");
        this.active.set(sealingKeys.lastKey());
    }

    private static String merge(Properties file, Map<Integer, String> encoded, String index, Path path) {
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith(KeyFile.KEY_PREFIX)) {
                int version = parseVersion(name.substring(KeyFile.KEY_PREFIX.length()), path);
                String value = file.getProperty(name).trim();
                String configured = encoded.putIfAbsent(version, value);
                if (configured != null && !configured.equals(value)) {
                    throw new PersonalDataKeyException("Personal-data key version " + version + " differs between "
                            + path.toAbsolutePath() + " and mediationdesk.privacy.keys." + version);
                }
            }
        }
        String fromFile = file.getProperty(KeyFile.INDEX_KEY);
        if (fromFile != null && index != null && !index.isBlank() && !index.equals(fromFile.trim())) {
            throw new PersonalDataKeyException("The index key differs between " + path.toAbsolutePath()
                    + " and mediationdesk.privacy.index-key");
        }
        return index != null && !index.isBlank() ? index : fromFile == null ? null : fromFile.trim();
    }

    private static int parseVersion(String text, Path path) {
        try {
            int version = Integer.parseInt(text);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new PersonalDataKeyException("Key versions are positive whole numbers: key." + text + " in "
                + path.toAbsolutePath());
    }

    private SecretKey sealingKey(int version, String value) {
        if (version < 1) {
            throw new PersonalDataKeyException("Key versions are positive whole numbers: mediationdesk.privacy.keys." + version);
        }
        byte[] bytes = decode("mediationdesk.privacy.keys." + version, value, 16);
        if (!algorithm.accepts(bytes.length)) {
            throw new PersonalDataKeyException("Personal-data key version " + version + " has " + bytes.length
                    + " bytes, which " + algorithm + " does not take (" + algorithm.keyBytes() + " bytes)");
        }
        return new SecretKeySpec(bytes, algorithm.keyAlgorithm());
    }

    private static byte[] decode(String name, String value, int minimumBytes) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new PersonalDataKeyException(name + " is not Base64: " + e.getMessage(), e);
        }
        if (bytes.length < minimumBytes) {
            throw new PersonalDataKeyException(name + " is too short: at least " + minimumBytes + " bytes are needed");
        }
        return bytes;
    }

    SealingAlgorithm algorithm() {
        return algorithm;
    }

    SortedMap<Integer, SecretKey> sealingKeys() {
        return sealingKeys;
    }

    boolean has(int version) {
        return sealingKeys.containsKey(version);
    }

    SecretKey sealingKey(int version) {
        SecretKey key = sealingKeys.get(version);
        if (key == null) {
            throw new PersonalDataKeyException("Personal-data key version " + version + " is not configured on this node");
        }
        return key;
    }

    SecretKey indexKey() {
        return indexKey;
    }

    int activeVersion() {
        return active.get();
    }

    void activate(int version) {
        sealingKey(version);
        active.set(version);
    }
}
