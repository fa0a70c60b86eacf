package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each path of a dispute's life driven over the API by the demo users; the case row, its ordered
 * history and the process engine must tell the same story.
 */
@ApplicationTest
class CaseLifecycleIT {

    private static final String MEDIATOR = "linghu.mediator";
    private static final String ACCEPT = "{\"decision\": \"ACCEPT\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void agreedAndPerformedDisputeIsClosedAsResolvedWithDurations() {
        String caseNumber = inMediation();
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\", \"note\": \"双方达成一致\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", agreement(false));
        assertThat(status(caseNumber)).isEqualTo("FOLLOW_UP");

        workflow.fireTimer(caseNumber, "awaitFollowUp");
        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": true, \"applicantSatisfaction\": 5, \"respondentSatisfaction\": 4}");

        assertThat(workflow.isEnded(caseNumber)).isTrue();
        JsonNode closed = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closureType").asText()).isEqualTo("RESOLVED");
        assertThat(closed.at("/agreement/performed").asBoolean()).isTrue();
        assertThat(closed.at("/agreement/applicantSatisfaction").asInt()).isEqualTo(5);
        assertThat(statusMoves(closed)).containsExactly("REGISTERED", "AWAITING_ACCEPTANCE", "IN_MEDIATION", "AGREED",
                "FOLLOW_UP", "CLOSED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case WHERE case_number = ? AND accepted_at IS NOT NULL"
                + " AND outcome_at IS NOT NULL AND closed_at IS NOT NULL AND minutes_to_closure >= minutes_to_outcome"
                + " AND minutes_to_outcome >= minutes_to_acceptance", Integer.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void agreementNotPerformedIsReferredAndClosedAsReferred() {
        String caseNumber = inMediation();
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", agreement(false));
        workflow.fireTimer(caseNumber, "awaitFollowUp");

        workflow.work(MEDIATOR, caseNumber, "followUp",
                "{\"performed\": false, \"applicantSatisfaction\": 2, \"respondentSatisfaction\": 3}");
        assertThat(status(caseNumber)).isEqualTo("AWAITING_REFERRAL");
        workflow.work(MEDIATOR, caseNumber, "referral",
                "{\"referredTo\": \"COURT\", \"body\": \"湖州市南浔区人民法院\"}");

        JsonNode closed = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(closed.get("closureType").asText()).isEqualTo("REFERRED");
        assertThat(closed.at("/referrals/0/body").asText()).isEqualTo("湖州市南浔区人民法院");
    }

    @Test
    void judicialConfirmationIsRecordedBeforeTheFollowUp() {
        String caseNumber = inMediation();
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", agreement(true));
        assertThat(status(caseNumber)).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(workflow.task(caseNumber, "judicialConfirmation").getAssignee()).isEqualTo(MEDIATOR);

        var applied = workflow.complete(MEDIATOR, workflow.task(caseNumber, "judicialConfirmation").getId(),
                "{\"applied\": true, \"appliedOn\": \"" + BusinessTime.today() + "\", \"court\": \"南浔区人民法院\"}");
        assertThat(applied.getStatusCode().value()).isEqualTo(204);
        assertThat(status(caseNumber)).isEqualTo("AWAITING_CONFIRMATION");
        var ruled = workflow.complete(MEDIATOR, workflow.task(caseNumber, "courtRuling").getId(),
                "{\"decision\": \"CONFIRMED\", \"courtCaseNumber\": \"（2026）浙0503民特12号\", \"decidedOn\": \""
                        + BusinessTime.today() + "\"}");

        assertThat(ruled.getStatusCode().value()).isEqualTo(204);
        assertThat(status(caseNumber)).isEqualTo("FOLLOW_UP");
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).at("/agreement/confirmationDecision").asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void confirmationWindowClosingMovesOnToTheFollowUp() {
        String caseNumber = inMediation();
        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"AGREED\"}");
        workflow.work(MEDIATOR, caseNumber, "recordAgreement", agreement(true));

        workflow.fireTimer(caseNumber, "confirmationWindowClosed");

        assertThat(status(caseNumber)).isEqualTo("FOLLOW_UP");
        assertThat(workflow.tasks(caseNumber, "judicialConfirmation")).isEmpty();
    }

    @Test
    void failedMediationIsReferredToCourt() {
        String caseNumber = inMediation();

        workflow.concludeMediation(MEDIATOR, caseNumber, "{\"outcome\": \"FAILED\", \"note\": \"双方分歧过大\"}");
        workflow.work(MEDIATOR, caseNumber, "referral", "{\"referredTo\": \"ARBITRATION\", \"body\": \"湖州仲裁委员会\"}");

        JsonNode closed = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(closed.get("closureType").asText()).isEqualTo("REFERRED");
        assertThat(closed.get("outcome").asText()).isEqualTo("FAILED");
        assertThat(statusMoves(closed)).containsExactly("REGISTERED", "AWAITING_ACCEPTANCE", "IN_MEDIATION",
                "AWAITING_REFERRAL", "CLOSED");
    }

    @Test
    void withdrawnDisputeIsClosedAsTerminated() {
        String caseNumber = inMediation();

        workflow.work(MEDIATOR, caseNumber, "mediate", "{\"outcome\": \"WITHDRAWN\", \"note\": \"申请人撤回\"}");

        assertThat(workflow.isEnded(caseNumber)).isTrue();
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("closureType").asText()).isEqualTo("TERMINATED");
    }

    @Test
    void declinedDisputeIsClosedAsNotAcceptedWithWhereThePartiesWereSent() {
        String caseNumber = workflow.registerFisheryDispute();

        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"DECLINE\", \"reason\": \"已起诉\","
                + " \"declineGround\": \"BEFORE_COURT\", \"directedTo\": \"南浔区人民法院\"}");

        JsonNode closed = workflow.caseAs(MEDIATOR, caseNumber);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closureType").asText()).isEqualTo("NOT_ACCEPTED");
        assertThat(eventNotes(closed, "DECLINED")).singleElement().asString()
                .startsWith("已诉至法院：已起诉").contains("南浔区人民法院");
    }

    @Test
    void returnedDisputeIsRoutedAgainWithoutTheCentreThatReturnedIt() {
        String caseNumber = workflow.registerFisheryDispute();

        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"RETURN\", \"reason\": \"不属于渔业纠纷\"}");

        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "acceptCase"))).containsExactly("NX-LINGHU");
        JsonNode routed = workflow.caseAs("nanxun.manager", caseNumber);
        assertThat(routed.at("/centre/code").asText()).isEqualTo("NX-LINGHU");
        assertThat(routed.get("decisions").findValuesAsText("kind").stream().filter("ROUTING"::equals)).hasSize(2);
    }

    @Test
    void secondReturnGoesToTheCountyManagersWhoChooseTheCentre() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"RETURN\", \"reason\": \"非本中心\"}");
        workflow.work("nanxun.manager", caseNumber, "acceptCase", "{\"decision\": \"RETURN\", \"reason\": \"也非本中心\"}");
        assertThat(status(caseNumber)).isEqualTo("AWAITING_MANUAL_TRIAGE");
        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "triageManually")))
                .containsExactly("managers:NX-COUNTY");

        workflow.work("nanxun.manager", caseNumber, "triageManually",
                "{\"centreCode\": \"NX-COUNTY\", \"reason\": \"由县级中心直接调处\"}");

        assertThat(workflow.candidateGroups(workflow.task(caseNumber, "acceptCase"))).containsExactly("NX-COUNTY");
        assertThat(status(caseNumber)).isEqualTo("AWAITING_ACCEPTANCE");
    }

    private String inMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", ACCEPT);
        assertThat(status(caseNumber)).isEqualTo("IN_MEDIATION");
        return caseNumber;
    }

    private static String agreement(boolean judicialConfirmation) {
        return "{\"terms\": \"钱小明赔偿沈建国鱼苗损失人民币三万元\", \"amount\": 30000, \"performanceDeadline\": \""
                + BusinessTime.today().plusDays(10) + "\", \"form\": \"WRITTEN\", \"effectiveOn\": \"" + BusinessTime.today()
                + "\", \"judicialConfirmation\": "
                + judicialConfirmation + "}";
    }

    private String status(String caseNumber) {
        return jdbc.queryForObject("SELECT status FROM dispute_case WHERE case_number = ?", String.class, caseNumber);
    }

    private static List<String> statusMoves(JsonNode view) {
        List<String> moves = new ArrayList<>();
        view.get("events").forEach(event -> {
            if (event.hasNonNull("toStatus")) {
                moves.add(event.get("toStatus").asText());
            }
        });
        return moves;
    }

    private static List<String> eventNotes(JsonNode view, String type) {
        List<String> notes = new ArrayList<>();
        view.get("events").forEach(event -> {
            if (type.equals(event.get("type").asText())) {
                notes.add(event.path("note").asText());
            }
        });
        return notes;
    }
}
