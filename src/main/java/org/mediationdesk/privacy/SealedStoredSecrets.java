package org.mediationdesk.privacy;

import org.mediationdesk.security.StoredSecrets;
import org.springframework.stereotype.Component;

/** The security module's stored secrets, sealed with the personal-data key and resealed after a rotation. */
@Component
class SealedStoredSecrets implements StoredSecrets {

    private final PersonalDataCipher cipher;

    SealedStoredSecrets(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public Sealed seal(String plain) {
        PersonalDataCipher.Sealer sealer = cipher.sealer();
        return new Sealed(sealer.seal(plain), sealer.keyVersion());
    }

    @Override
    public String open(String stored) {
        return cipher.open(stored);
    }
}
