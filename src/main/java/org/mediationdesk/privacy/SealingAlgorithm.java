package org.mediationdesk.privacy;

import java.security.GeneralSecurityException;
import java.security.Provider;
import javax.crypto.Cipher;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The authenticated ciphers a deployment may choose: AES-GCM from the JDK, or SM4-GCM (国密, GB/T 32907)
 * from Bouncy Castle for deployments that must use Chinese national algorithms. Both go through the JDK's
 * {@link Cipher} API, so one wrapper serves both.
 */
enum SealingAlgorithm {

    AES_GCM("AES", "AES/GCM/NoPadding", 32, null),
    SM4_GCM("SM4", "SM4/GCM/NoPadding", 16, new BouncyCastleProvider());

    private final String keyAlgorithm;
    private final String transformation;
    private final int keyBytes;
    private final Provider provider;

    SealingAlgorithm(String keyAlgorithm, String transformation, int keyBytes, Provider provider) {
        this.keyAlgorithm = keyAlgorithm;
        this.transformation = transformation;
        this.keyBytes = keyBytes;
        this.provider = provider;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The key length new keys get (AES-256; SM4 has only 128-bit keys). */
    int keyBytes() {
        return keyBytes;
    }

    boolean accepts(int length) {
        return this == AES_GCM ? length == 16 || length == 24 || length == 32 : length == keyBytes;
    }

    Cipher newCipher() throws GeneralSecurityException {
        // Bouncy Castle is passed per call, never installed as a JVM-wide provider.
        return provider == null ? Cipher.getInstance(transformation) : Cipher.getInstance(transformation, provider);
    }
}
