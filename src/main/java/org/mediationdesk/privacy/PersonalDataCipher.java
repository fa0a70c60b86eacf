package org.mediationdesk.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Seals and opens personal data (ID numbers, phones, workbooks holding them) and makes blind indexes and
 * keyed hashes of it. A sealed text is {@code k<version>:<Base64 of 12-byte random nonce, ciphertext and
 * 16-byte tag>}, the version also authenticated; sealed bytes carry the same header. Values without the
 * header are plain text written before encryption (V31) and are returned as they are. Null stays null:
 * de-identified rows hold none.
 */
@Component
public class PersonalDataCipher {

    private static final Pattern SEALED_TEXT = Pattern.compile("k(\\d{1,9}):([A-Za-z0-9+/=]+)");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ID_NUMBER = "id-number:";
    private static final String PHONE = "phone:";

    private final PersonalDataKeys keys;
    private final boolean encryption;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(PersonalDataKeys keys, EncryptionSettings settings) {
        this.keys = keys;
        this.encryption = settings.encryption();
    }

    /**
     * A sealer bound to the active key version, for one row: its values and the row's key version agree
     * even if a rotation happens meanwhile.
     */
    public Sealer sealer() {
        return encryption ? new Sealer(this, keys.activeVersion()) : new Sealer(this, null);
    }

    /** @return the plain value, or null for null */
    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher sealed = SEALED_TEXT.matcher(stored);
        if (!sealed.matches()) {
            return stored;
        }
        int version = Integer.parseInt(sealed.group(1));
        byte[] plain = decrypt(version, Base64.getDecoder().decode(sealed.group(2)));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** @return the plain bytes of {@link Sealer#seal(byte[])}'s output; unsealed bytes as they are */
    public byte[] open(byte[] stored) {
        int colon = headerEnd(stored);
        if (colon < 0) {
            return stored;
        }
        int version = Integer.parseInt(new String(stored, 1, colon - 1, StandardCharsets.US_ASCII));
        return decrypt(version, Arrays.copyOfRange(stored, colon + 1, stored.length));
    }

    /** Blind index of an ID number: HMAC-SHA256 (the index key) of it trimmed and upper-case, in hex. */
    public String idNumberLookup(String idNumber) {
        return idNumber == null ? null : hmac(ID_NUMBER + idNumber.strip().toUpperCase(Locale.ROOT));
    }

    /** Blind index of a phone number: of its digits and a leading +, without spaces or dashes. */
    public String phoneLookup(String phone) {
        return phone == null ? null : hmac(PHONE + phone.replaceAll("[\\s-]", ""));
    }

    /** A keyed hash (HMAC-SHA256, the index key, in hex) of data that must be compared but never read back. */
    public String keyedHash(String purpose, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.indexKey());
            mac.update((purpose + ':').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hmac(String text) {
        return keyedHash("lookup", text.getBytes(StandardCharsets.UTF_8));
    }

    String sealText(int version, String plain) {
        return "k" + version + ':' + Base64.getEncoder().encodeToString(encrypt(version, plain.getBytes(StandardCharsets.UTF_8)));
    }

    byte[] sealBytes(int version, byte[] plain) {
        byte[] header = ("k" + version + ':').getBytes(StandardCharsets.US_ASCII);
        byte[] body = encrypt(version, plain);
        return ByteBuffer.allocate(header.length + body.length).put(header).put(body).array();
    }

    private byte[] encrypt(int version, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = keys.algorithm().newCipher();
            cipher.init(Cipher.ENCRYPT_MODE, keys.sealingKey(version), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(version));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal with " + keys.algorithm() + " key " + version, e);
        }
    }

    private byte[] decrypt(int version, byte[] nonceAndSealed) {
        try {
            Cipher cipher = keys.algorithm().newCipher();
            cipher.init(Cipher.DECRYPT_MODE, keys.sealingKey(version),
                    new GCMParameterSpec(TAG_BITS, nonceAndSealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(version));
            return cipher.doFinal(nonceAndSealed, NONCE_BYTES, nonceAndSealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new PersonalDataKeyException("A value sealed under personal-data key " + version
                    + " does not open with the configured key " + version + " (" + keys.algorithm()
                    + "): wrong key, or the value was altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open with " + keys.algorithm() + " key " + version, e);
        }
    }

    private static byte[] associatedData(int version) {
        return ("k" + version).getBytes(StandardCharsets.US_ASCII);
    }

    /** The index of the ':' ending a {@code k<digits>:} header, or -1 (an .xlsx starts with "PK"). */
    private static int headerEnd(byte[] stored) {
        if (stored.length < 3 || stored[0] != 'k') {
            return -1;
        }
        for (int i = 1; i < Math.min(stored.length, 11); i++) {
            if (stored[i] == ':' && i > 1) {
                return i;
            }
            if (stored[i] < '0' || stored[i] > '9') {
                return -1;
            }
        }
        return -1;
    }

    /** Seals values under one key version; with encryption switched off it leaves them plain. */
    public static final class Sealer {

        private final PersonalDataCipher cipher;
        private final Integer version;

        private Sealer(PersonalDataCipher cipher, Integer version) {
            this.cipher = cipher;
            this.version = version;
        }

        /** @return the sealed text, or null for null */
        public String seal(String plain) {
            return plain == null || version == null ? plain : cipher.sealText(version, plain);
        }

        public byte[] seal(byte[] plain) {
            return version == null ? plain : cipher.sealBytes(version, plain);
        }

        /** The version to store beside the values; null when they stay plain. */
        public Integer keyVersion() {
            return version;
        }
    }
}
