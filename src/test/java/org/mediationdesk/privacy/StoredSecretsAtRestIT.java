package org.mediationdesk.privacy;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mediationdesk.security.StoredSecrets;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets the application reads back (second-factor TOTP keys, the event feed's signing secrets) at rest: sealed with
 * the personal-data key, and sealed later if stored plain.
 */
@ApplicationTest
class StoredSecretsAtRestIT {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    StoredSecrets secrets;
    @Autowired
    PersonalDataResealing resealing;
    @Autowired
    UserMapper users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecretIsSealedUnderTheActiveKeyAndOpensToItself() {
        StoredSecrets.Sealed sealed = secrets.seal(SECRET);

        assertThat(sealed.value()).matches("k" + sealed.keyVersion() + ":.+").doesNotContain(SECRET);
        assertThat(secrets.open(sealed.value())).isEqualTo(SECRET);
    }

    @Test
    void aSecretStoredPlainBeforeSealingIsSealedByTheResealingJobAndOpensToTheSameSecret() {
        String name = "tfa-plain" + System.nanoTime();
        var user = new UserMapper.NewUser(name, "{noop}unused", name, null, LocalDateTime.now());
        users.insertUser(user);
        jdbc.update("INSERT INTO user_second_factor (user_id, secret, created_at) VALUES (?, ?, ?)", user.getId(), SECRET,
                LocalDateTime.now());

        resealing.resealAll();

        Map<String, Object> stored = jdbc.queryForMap(
                "SELECT secret, pii_key_version FROM user_second_factor WHERE user_id = ?", user.getId());
        assertThat(stored.get("pii_key_version")).isNotNull();
        assertThat((String) stored.get("secret")).doesNotContain(SECRET);
        assertThat(secrets.open((String) stored.get("secret"))).isEqualTo(SECRET);
    }

    @Test
    void anEventFeedSecretStoredPlainBeforeSealingIsSealedByTheResealingJobAndOpensToTheSameSecret() {
        jdbc.update("INSERT INTO webhook_subscription (name, url, secret, event_types, active, created_by, created_at)"
                + " VALUES ('明文旧订阅', 'https://court.example.cn/feed', ?, 'ACCEPTED', FALSE, 'admin', ?)", SECRET,
                LocalDateTime.now());
        long id = jdbc.queryForObject("SELECT MAX(id) FROM webhook_subscription", Long.class);

        resealing.resealAll();

        Map<String, Object> stored = jdbc.queryForMap("SELECT secret, pii_key_version FROM webhook_subscription WHERE id = ?", id);
        assertThat(stored.get("pii_key_version")).isNotNull();
        assertThat((String) stored.get("secret")).doesNotContain(SECRET);
        assertThat(secrets.open((String) stored.get("secret"))).isEqualTo(SECRET);
    }
}
