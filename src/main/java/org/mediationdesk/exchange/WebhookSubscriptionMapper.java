package org.mediationdesk.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.mediationdesk.security.StoredSecrets;

/** Who receives the event feed (webhook_subscription). */
@Mapper
interface WebhookSubscriptionMapper {

    String COLUMNS = "id, name, url, secret, event_types, court_code, active, created_by, created_at";

    @Insert("INSERT INTO webhook_subscription (name, url, secret, pii_key_version, event_types, court_code, active,"
            + " created_by, created_at) VALUES (#{name}, #{url}, #{secret.value}, #{secret.keyVersion}, #{eventTypes},"
            + " #{courtCode}, TRUE, #{createdBy}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    void insert(NewSubscription subscription);

    @Select("SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY id")
    List<Row> findAll();

    @Select("SELECT " + COLUMNS + " FROM webhook_subscription WHERE active = TRUE")
    List<Row> findActive();

    @Select("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = #{id}")
    Optional<Row> find(long id);

    @Update("UPDATE webhook_subscription SET active = #{active} WHERE id = #{id}")
    int setActive(@Param("id") long id, @Param("active") boolean active);

    record Row(long id, String name, String url, String secret, String eventTypes, String courtCode, boolean active,
               String createdBy, LocalDateTime createdAt) {
    }

    /** Insert parameter; MyBatis writes the generated id back. */
    final class NewSubscription {

        private Long id;
        private final String name;
        private final String url;
        private final StoredSecrets.Sealed secret;
        private final String eventTypes;
        private final String courtCode;
        private final String createdBy;
        private final LocalDateTime createdAt;

        NewSubscription(String name, String url, StoredSecrets.Sealed secret, String eventTypes, String courtCode, String createdBy,
                        LocalDateTime createdAt) {
            this.name = name;
            this.url = url;
            this.secret = secret;
            this.eventTypes = eventTypes;
            this.courtCode = courtCode;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public String getUrl() {
            return url;
        }

        public StoredSecrets.Sealed getSecret() {
            return secret;
        }

        public String getEventTypes() {
            return eventTypes;
        }

        public String getCourtCode() {
            return courtCode;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public LocalDateTime getCreatedAt() {
            return createdAt;
        }
    }
}
