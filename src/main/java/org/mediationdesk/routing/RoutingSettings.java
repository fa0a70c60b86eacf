package org.mediationdesk.routing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds the routing rules read, from {@code mediationdesk.routing.*}.
 *
 * @param groupDisputePeople people involved from which a dispute is a group dispute (群体性纠纷)
 * @param largeAmountYuan    amount in dispute from which the county centre takes the case
 */
@ConfigurationProperties("mediationdesk.routing")
public record RoutingSettings(int groupDisputePeople, BigDecimal largeAmountYuan) {

    public int getGroupDisputePeople() {
        return groupDisputePeople;
    }

    public BigDecimal getLargeAmountYuan() {
        return largeAmountYuan;
    }
}
