package org.mediationdesk.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local key file: {@code key.<version>=<Base64>} lines and one {@code index-key=<Base64>}. Generated,
 * readable by its owner only, on the first start of the embedded H2 default.
 */
final class KeyFile {

    static final String INDEX_KEY = "index-key";
    static final String KEY_PREFIX = "key.";

    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);

    private KeyFile() {
    }

    static Properties read(Path file) {
        Properties keys = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            keys.load(reader);
            return keys;
        } catch (IOException e) {
            throw new PersonalDataKeyException("Cannot read the personal-data key file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Writes key 1 and an index key; leaves a file another node wrote first alone. */
    static void generate(Path file, SealingAlgorithm algorithm) {
        SecureRandom random = new SecureRandom();
        Properties keys = new Properties();
        keys.setProperty(KEY_PREFIX + 1, Base64.getEncoder().encodeToString(random.generateSeed(algorithm.keyBytes())));
        keys.setProperty(INDEX_KEY, Base64.getEncoder().encodeToString(random.generateSeed(32)));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                keys.store(writer, "MediationDesk personal-data keys (docs/privacy.md). Back this file up with the "
                        + "database: without it the parties' ID numbers and phones cannot be read.");
            }
            log.warn("Generated a new personal-data key file {} ({}, readable by this user only). Back it up with "
                    + "the database: without it the parties' ID numbers and phones cannot be read.",
                    file.toAbsolutePath(), algorithm);
        } catch (FileAlreadyExistsException writtenMeanwhile) {
            log.info("Personal-data key file {} appeared meanwhile; using it", file.toAbsolutePath());
        } catch (IOException e) {
            throw new PersonalDataKeyException("Cannot write the personal-data key file " + file.toAbsolutePath()
                    + ": " + e.getMessage(), e);
        }
    }
}
