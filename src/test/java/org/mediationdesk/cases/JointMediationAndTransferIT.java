package org.mediationdesk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Work inside mediation: sessions, agencies joining (联合调解), transfers, and missed deadlines (督办). */
@ApplicationTest
class JointMediationAndTransferIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String TWO_AGENCIES = "{\"agencies\": [\"FISHERY_ASSOCIATION\", \"AGRICULTURE_RURAL\"],"
            + " \"note\": \"涉及养殖水域技术认定\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void sessionsAreRecordedWithoutEndingMediation() {
        String caseNumber = inMediation();

        var first = post(MEDIATOR, caseNumber, "sessions", session("第一次调解，双方陈述"));
        var second = post(MEDIATOR, caseNumber, "sessions", session("第二次调解，现场查看鱼塘"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(view.get("sessions").findValuesAsText("summary"))
                .containsExactly("第一次调解，双方陈述", "第二次调解，现场查看鱼塘");
        assertThat(workflow.tasks(caseNumber, "mediate")).hasSize(1);
    }

    @Test
    void sessionWithoutSummaryIsRefusedNamingTheField() {
        String caseNumber = inMediation();

        var response = post(MEDIATOR, caseNumber, "sessions",
                "{\"heldAt\": \"2026-01-05T09:30:00\", \"place\": \"调解室\", \"attendees\": \"双方\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactly("summary");
    }

    @Test
    void agenciesGiveOpinionsInParallelAndMediationWaitsForThem() {
        String caseNumber = inMediation();

        assertThat(post(MEDIATOR, caseNumber, "agencies", TWO_AGENCIES).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(workflow.tasks(caseNumber, "agencyOpinion")).hasSize(2);
        String mediateTask = workflow.task(caseNumber, "mediate").getId();
        workflow.claim(MEDIATOR, mediateTask);
        var tooEarly = workflow.complete(MEDIATOR, mediateTask, "{\"outcome\": \"AGREED\"}");
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        for (var task : workflow.tasks(caseNumber, "agencyOpinion")) {
            workflow.claim("linghu.manager", task.getId());
            assertThat(workflow.complete("linghu.manager", task.getId(), "{\"opinion\": \"同意按市场价赔偿\"}")
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }

        assertThat(workflow.complete(MEDIATOR, mediateTask, "{\"outcome\": \"AGREED\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("agencyOpinions").findValuesAsText("status"))
                .containsOnly("GIVEN").hasSize(2);
    }

    @Test
    void agenciesThatMissTheDeadlineAreRecordedAndMediationGoesOn() {
        String caseNumber = inMediation();
        post(MEDIATOR, caseNumber, "agencies", TWO_AGENCIES);
        var first = workflow.tasks(caseNumber, "agencyOpinion").get(0);
        workflow.claim(MEDIATOR, first.getId());
        workflow.complete(MEDIATOR, first.getId(), "{\"opinion\": \"建议调解\"}");

        workflow.fireTimer(caseNumber, "opinionDeadlinePassed");

        assertThat(workflow.tasks(caseNumber, "agencyOpinion")).isEmpty();
        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(view.get("agencyOpinions").findValuesAsText("status")).containsExactlyInAnyOrder("GIVEN", "MISSING");
        assertThat(view.get("events").findValuesAsText("type")).contains("OPINIONS_MISSING");
        workflow.work(MEDIATOR, caseNumber, "mediate", "{\"outcome\": \"WITHDRAWN\"}");
        assertThat(workflow.isEnded(caseNumber)).isTrue();
    }

    @Test
    void unknownAgencyIsRefused() {
        String caseNumber = inMediation();

        var response = post(MEDIATOR, caseNumber, "agencies", "{\"agencies\": [\"FISHERY_ASSOCIATION\", \"NASA\"]}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("agencies[1]");
        assertThat(workflow.tasks(caseNumber, "agencyOpinion")).isEmpty();
    }

    @Test
    void transferredCaseWaitsForTheOtherCentresAcceptanceAndHistoryShowsBoth() {
        String caseNumber = inMediation();

        var response = post(MEDIATOR, caseNumber, "transfer",
                "{\"centreCode\": \"NX-COUNTY\", \"reason\": \"涉及多个乡镇，需县级中心协调\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(workflow.tasks(caseNumber, "mediate")).isEmpty();
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "acceptCase"))).containsExactly("NX-COUNTY");
        JsonNode view = workflow.caseAs("nanxun.manager", caseNumber);
        assertThat(view.get("status").asText()).isEqualTo("AWAITING_ACCEPTANCE");
        assertThat(view.at("/centre/code").asText()).isEqualTo("NX-COUNTY");
        assertThat(view.get("events").findValuesAsText("note")).anySatisfy(note -> assertThat(note)
                .contains("菱湖渔业纠纷调处化解中心").contains("南浔区社会矛盾纠纷调处化解中心"));
        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases/" + caseNumber).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void transferWaitsUntilTheAgenciesAskedHaveAnswered() {
        String caseNumber = inMediation();
        post(MEDIATOR, caseNumber, "agencies", TWO_AGENCIES);

        var response = post(MEDIATOR, caseNumber, "transfer", "{\"centreCode\": \"NX-COUNTY\", \"reason\": \"测试\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(workflow.tasks(caseNumber, "mediate")).hasSize(1);
    }

    @Test
    void transferOfACaseNotInMediationIsAConflict() {
        String caseNumber = workflow.registerFisheryDispute();

        var response = post(MEDIATOR, caseNumber, "transfer", "{\"centreCode\": \"NX-COUNTY\", \"reason\": \"测试\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void missedAcceptanceDeadlineGivesManagersASupervisionTaskAndKeepsTheCase() {
        String caseNumber = workflow.registerFisheryDispute();

        workflow.fireTimer(caseNumber, "acceptanceDeadlinePassed");

        assertThat(workflow.tasks(caseNumber, "acceptCase")).hasSize(1);
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "superviseCase")))
                .containsExactly("managers:NX-LINGHU-FISHERY");
        JsonNode view = workflow.caseAs("linghu.manager", caseNumber);
        assertThat(view.at("/deadlines/overdueSince").isNull()).isFalse();
        assertThat(view.get("events").findValuesAsText("note")).contains("受理期限已过");
        workflow.work("linghu.manager", caseNumber, "superviseCase", "{\"instruction\": \"今日内受理\"}");
        assertThat(workflow.tasks(caseNumber, "acceptCase")).hasSize(1);
    }

    @Test
    void missedMediationDeadlineKeepsTheMediatorsTaskOpen() {
        String caseNumber = inMediation();

        workflow.fireTimer(caseNumber, "mediationDeadlinePassed");

        assertThat(workflow.tasks(caseNumber, "mediate")).hasSize(1);
        assertThat(workflow.tasks(caseNumber, "superviseCase")).hasSize(1);
        var mediatorCannotSupervise = workflow.claim(MEDIATOR, workflow.task(caseNumber, "superviseCase").getId());
        assertThat(mediatorCannotSupervise.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String inMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }

    private ResponseEntity<JsonNode> post(String user, String caseNumber, String action, String json) {
        return ApiClient.as(rest, user).postJson("/api/cases/" + caseNumber + "/" + action, json);
    }

    private static String session(String summary) {
        return "{\"heldAt\": \"2026-01-05T09:30:00\", \"place\": \"菱湖渔业中心调解室\", \"attendees\": \"沈建国、钱小明\","
                + " \"summary\": \"" + summary + "\", \"nextStep\": \"下周复谈\"}";
    }
}
