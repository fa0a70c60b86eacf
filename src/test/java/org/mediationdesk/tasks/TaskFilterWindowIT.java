package org.mediationdesk.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A colour filter over more tasks than its window says the list is partial; a list within the window does not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mediationdesk.tasks.filter-window=2")
class TaskFilterWindowIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    @Test
    void colourFilterOverMoreTasksThanItsWindowSaysTheListIsPartial() {
        var workflow = new Workflow(rest, engine);
        String caseNumber = workflow.registerFisheryDispute();
        workflow.registerFisheryDispute();
        workflow.registerFisheryDispute();
        var mediator = ApiClient.as(rest, "linghu.mediator");

        JsonNode wide = mediator.get("/api/tasks?scope=CENTRE&colour=GREEN").getBody();
        JsonNode narrow = mediator.get("/api/tasks?scope=CENTRE&colour=GREEN&q=" + caseNumber).getBody();

        assertThat(wide.get("partial").asBoolean()).isTrue();
        assertThat(wide.get("total").asLong()).isLessThanOrEqualTo(2);
        assertThat(narrow.get("partial").asBoolean()).isFalse();
        assertThat(narrow.get("items").findValuesAsText("caseNumber")).containsExactly(caseNumber);
    }
}
