package org.mediationdesk.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Key rotation while the system runs: an administrator makes a configured key version the active one (for
 * every node: they follow within {@code active-key-poll}), new values are sealed under it at once, and the
 * resealing job re-encrypts the older rows in batches. Rows under the old key stay readable meanwhile; the
 * old key may leave the configuration once {@link KeyStatus#rotationFinished()} says no row needs it.
 */
@Service
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    private final PersonalDataKeys keys;
    private final PersonalDataMapper mapper;
    private final PersonalDataResealing resealing;
    private final EncryptionSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    KeyRotation(PersonalDataKeys keys, PersonalDataMapper mapper, PersonalDataResealing resealing,
                EncryptionSettings settings, MessageSource messages, Clock clock) {
        this.keys = keys;
        this.mapper = mapper;
        this.resealing = resealing;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    public KeyStatus status() {
        List<KeyStatus.Rows> rows = mapper.countRowsByKey().stream()
                .map(r -> new KeyStatus.Rows(r.tableName(), r.keyVersion(), r.rowCount())).toList();
        return new KeyStatus(settings.algorithm().name(), settings.encryption(), keys.activeVersion(),
                Set.copyOf(keys.sealingKeys().keySet()), rows);
    }

    /** Makes {@code version} the active key and starts re-encrypting in the background. */
    public KeyStatus rotateTo(int version, String administrator) {
        if (!keys.has(version)) {
            throw new InvalidRequestException(List.of(new FieldProblem("keyVersion",
                    messages.getMessage("privacy.rotation.unknownKey", new Object[] {version, keys.sealingKeys().keySet()},
                            LocaleContextHolder.getLocale()))));
        }
        mapper.updateActiveVersion(version, administrator, LocalDateTime.now(clock));
        keys.activate(version);
        log.info("{} made personal-data key version {} active; re-encrypting older rows", administrator, version);
        resealing.resealInBackground();
        return status();
    }

    /** Re-encrypts now, in the caller's thread, until no row is left under another key; @return the rows done */
    public int resealNow() {
        return resealing.resealAll();
    }
}
