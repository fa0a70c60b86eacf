package org.mediationdesk.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Registration bodies for tests: a valid fishery dispute in 菱湖镇 to start from and vary. */
public final class Disputes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Disputes() {
    }

    public static ObjectNode fisheryDisputeInLinghu() {
        ObjectNode body = JSON.createObjectNode()
                .put("type", "FISHERY")
                .put("source", "WALK_IN")
                .put("countyCode", "330503")
                .put("township", "菱湖镇")
                .put("village", "陈邑村")
                .put("description", "鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡")
                .put("occurredOn", "2026-11-01")
                .put("peopleInvolved", 2)
                .put("amountInDispute", 35000.50);
        ArrayNode parties = body.putArray("parties");
        parties.addObject().put("role", "APPLICANT").put("kind", "PERSON").put("name", "沈建国")
                .put("idNumber", "330503197203150012").put("phone", "13857201234");
        parties.addObject().put("role", "RESPONDENT").put("kind", "PERSON").put("name", "钱小明");
        return body;
    }

    public static ObjectNode party(ObjectNode body, int index) {
        return (ObjectNode) body.withArray("parties").get(index);
    }
}
