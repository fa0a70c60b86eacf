package org.mediationdesk.support;

import java.util.UUID;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Form posts for the page tests: the register page's fields for a valid fishery dispute in 菱湖镇, to vary. */
public final class PageForms {

    private PageForms() {
    }

    public static MultiValueMap<String, String> fisheryDisputeInLinghu() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("submissionKey", UUID.randomUUID().toString());
        form.add("type", "FISHERY");
        form.add("source", "WALK_IN");
        form.add("countyCode", "330503");
        form.add("township", "菱湖镇");
        form.add("village", "陈邑村");
        form.add("description", "鱼塘排水纠纷：上游养殖户排水致下游鱼苗死亡");
        form.add("occurredOn", "2026-11-01");
        form.add("peopleInvolved", "2");
        form.add("amountInDispute", "35000.50");
        form.add("parties[0].role", "APPLICANT");
        form.add("parties[0].kind", "PERSON");
        form.add("parties[0].name", "沈建国");
        form.add("parties[0].phone", "13857201234");
        form.add("parties[1].role", "RESPONDENT");
        form.add("parties[1].kind", "PERSON");
        form.add("parties[1].name", "钱小明");
        return form;
    }
}
