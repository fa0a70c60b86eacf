package org.mediationdesk.exchange;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * The feed's outbox (webhook_delivery). A node leases a due delivery by a conditional UPDATE, so two nodes never
 * send one at once; every later write names the leasing node and changes nothing once its lease was taken over.
 */
@Mapper
interface WebhookDeliveryMapper {

    String COLUMNS = "d.id, d.subscription_id, s.name AS subscription_name, s.url, s.secret, d.event_id, d.event_type,"
            + " c.case_number, d.payload, d.state, d.attempts, d.next_attempt_at, d.last_status, d.last_error,"
            + " d.created_at, d.delivered_at";
    String FROM = " FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id"
            + " JOIN dispute_case c ON c.id = d.case_id";

    @Insert("INSERT INTO webhook_delivery (subscription_id, event_id, event_type, case_id, payload, state, attempts,"
            + " next_attempt_at, created_at) VALUES (#{subscriptionId}, #{eventId}, #{eventType}, #{caseId}, #{payload},"
            + " 'PENDING', 0, #{now}, #{now})")
    void insert(@Param("subscriptionId") long subscriptionId, @Param("eventId") String eventId,
                @Param("eventType") String eventType, @Param("caseId") long caseId, @Param("payload") String payload,
                @Param("now") LocalDateTime now);

    @Select("SELECT id FROM webhook_delivery WHERE state = 'PENDING' AND next_attempt_at <= #{now}"
            + " AND (lease_until IS NULL OR lease_until < #{now}) ORDER BY next_attempt_at, id LIMIT #{limit}")
    List<Long> findDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

    /** @return 1 when this node got the delivery, 0 when another node was quicker or it is no longer due */
    @Update("UPDATE webhook_delivery SET lease_owner = #{node}, lease_until = #{until} WHERE id = #{id}"
            + " AND state = 'PENDING' AND next_attempt_at <= #{now} AND (lease_until IS NULL OR lease_until < #{now})")
    int lease(@Param("id") long id, @Param("node") String node, @Param("now") LocalDateTime now,
              @Param("until") LocalDateTime until);

    @Select("SELECT " + COLUMNS + FROM + " WHERE d.id = #{id}")
    Optional<Delivery> find(long id);

    @Update("UPDATE webhook_delivery SET state = 'DELIVERED', attempts = attempts + 1, last_status = #{status},"
            + " last_error = NULL, delivered_at = #{now}, lease_owner = NULL, lease_until = NULL"
            + " WHERE id = #{id} AND lease_owner = #{node}")
    int delivered(@Param("id") long id, @Param("node") String node, @Param("status") int status,
                  @Param("now") LocalDateTime now);

    /** A failed attempt: PENDING again at {@code nextAttemptAt}, or DEAD. */
    @Update("UPDATE webhook_delivery SET state = #{state}, attempts = attempts + 1, last_status = #{status},"
            + " last_error = #{error}, next_attempt_at = #{nextAttemptAt}, lease_owner = NULL, lease_until = NULL"
            + " WHERE id = #{id} AND lease_owner = #{node}")
    int failed(@Param("id") long id, @Param("node") String node, @Param("state") DeliveryState state,
               @Param("status") Integer status, @Param("error") String error,
               @Param("nextAttemptAt") LocalDateTime nextAttemptAt);

    @Select("SELECT " + COLUMNS + FROM + " WHERE d.state = 'DEAD' ORDER BY d.next_attempt_at DESC, d.id DESC LIMIT #{limit}")
    List<Delivery> findDead(int limit);

    @Select("SELECT " + COLUMNS + FROM + " WHERE d.subscription_id = #{subscriptionId} ORDER BY d.id DESC LIMIT #{limit}")
    List<Delivery> findRecentOf(@Param("subscriptionId") long subscriptionId, @Param("limit") int limit);

    /** A dead letter sent again from the start: the same event id, so a receiver that had it can tell. */
    @Update("UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = #{now}, lease_owner = NULL,"
            + " lease_until = NULL WHERE id = #{id} AND state = 'DEAD'")
    int replay(@Param("id") long id, @Param("now") LocalDateTime now);

    record Delivery(long id, long subscriptionId, String subscriptionName, String url, String secret, String eventId,
                    String eventType, String caseNumber, String payload, DeliveryState state, int attempts,
                    LocalDateTime nextAttemptAt, Integer lastStatus, String lastError, LocalDateTime createdAt,
                    LocalDateTime deliveredAt) {
    }
}
