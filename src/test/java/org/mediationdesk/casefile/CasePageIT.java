package org.mediationdesk.casefile;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Disputes;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Flash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case page: who sees what, which actions are offered, and that the server refuses the others. */
@ApplicationTest
class CasePageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void registerAFisheryDispute() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
    }

    @Test
    @WithUserDetails("feiying.mediator")
    void anotherCentresCaseIsForbidden() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + caseNumber + "/sessions").param("place", "x").with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void unknownCaseIsNotFound() throws Exception {
        mvc.perform(get("/cases/NX-2026-999999")).andExpect(status().isNotFound());
    }

    @Test
    @WithUserDetails("clerk")
    void clerkSeesTheCaseWithMaskedIdNumbersAndNoWork() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("330503********0012")))
                .andExpect(content().string(not(containsString("330503197203150012"))))
                .andExpect(content().string(containsString("菱湖渔业纠纷调处化解中心")))
                .andExpect(content().string(not(containsString("id=\"claim-acceptCase\""))));
    }

    @Test
    @WithUserDetails("clerk")
    void clerkClaimingTheAcceptanceIsRefusedByTheServer() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();

        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + taskId + "/claim").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isNull();
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void centresMediatorSeesIdNumbersWholeOnlyAfterShowingThemAndClaimsTheAcceptance() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        mvc.perform(post("/cases/" + caseNumber + "/parties/shown").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("330503197203150012")));
        mvc.perform(get("/cases/" + caseNumber))
                .andExpect(content().string(not(containsString("330503197203150012"))))
                .andExpect(content().string(containsString("id=\"show-parties\"")))
                .andExpect(content().string(containsString("id=\"claim-acceptCase\"")))
                .andExpect(content().string(not(containsString("id=\"form-acceptCase\""))));

        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + taskId + "/claim").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber)).andExpect(flash().attributeExists("flashMessages"));

        mvc.perform(get("/cases/" + caseNumber)).andExpect(content().string(containsString("id=\"form-acceptCase\"")));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void partyDecliningTextMessagesIsRecordedFromThePageAndShownThere() throws Exception {
        mvc.perform(post("/cases/" + caseNumber + "/parties/2/messages").param("sms", "false").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber)).andExpect(flash().attributeExists("flashMessages"));

        String page = mvc.perform(get("/cases/" + caseNumber)).andReturn().getResponse().getContentAsString();
        assertThat(Pattern.compile("class=\"party-texts[^\"]*\"><span>([^<]+)</span>").matcher(page).results()
                .map(match -> match.group(1)).toList()).containsExactly("接收", "已拒收");
        assertThat(jdbc.queryForObject("SELECT s.sms FROM message_party_consent s JOIN case_party p ON p.id = s.party_id"
                + " JOIN dispute_case c ON c.id = p.case_id WHERE c.case_number = ? AND p.seq = 1", Boolean.class, caseNumber))
                .isFalse();
    }

    @Test
    @WithUserDetails("feiying.mediator")
    void anotherCentresMediatorMayNotRecordAPartysChoiceOfTextMessages() throws Exception {
        mvc.perform(post("/cases/" + caseNumber + "/parties/1/messages").param("sms", "false").with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message_party_consent s JOIN case_party p ON p.id = s.party_id"
                + " JOIN dispute_case c ON c.id = p.case_id WHERE c.case_number = ?", Integer.class, caseNumber)).isZero();
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void completingATaskOneDoesNotHoldIsRefusedWithTheReason() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator2", taskId);

        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + taskId + "/complete").param("decision", "ACCEPT").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(result -> assertThat(flashKeys(result)).containsExactly("task.notYours"));
        assertThat(workflow.task(caseNumber, "acceptCase").getAssignee()).isEqualTo("linghu.mediator2");
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void rejectedFormComesBackWithTheProblemBesideTheFieldAndTheValuesKept() throws Exception {
        String taskId = workflow.task(caseNumber, "acceptCase").getId();
        workflow.claim("linghu.mediator", taskId);

        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + taskId + "/complete")
                        .param("decision", "DECLINE").param("directedTo", "县法院立案庭").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("failedForm", taskId))
                .andExpect(content().string(containsString("data-field=\"reason\"")))
                .andExpect(content().string(containsString("data-field=\"declineGround\"")))
                .andExpect(content().string(containsString("value=\"县法院立案庭\"")));
        assertThat(workflow.task(caseNumber, "acceptCase").getId()).isEqualTo(taskId);
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void sessionFormIsOfferedOnlyInMediationAndRefusedBeforeIt() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(content().string(not(containsString("id=\"form-session\""))));

        mvc.perform(post("/cases/" + caseNumber + "/sessions").param("place", "菱湖镇调解室").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(result -> assertThat(flashKeys(result)).containsExactly("case.notInMediation"));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void caseInMediationOffersEachFieldOnceWithItsLabel() throws Exception {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.claim("linghu.mediator", workflow.task(caseNumber, "mediate").getId());

        String page = mvc.perform(get("/cases/" + caseNumber)).andReturn().getResponse().getContentAsString();

        for (String field : List.of("outcome", "outcome-note", "heldAt", "place", "attendees", "session-summary", "nextStep",
                "transfer-centre", "transfer-reason", "pause-reason", "pause-note", "workingDays", "extension-reason")) {
            assertThat(occurrences(page, "id=\"" + field + "\"")).as("controls with id %s", field).isEqualTo(1);
            assertThat(occurrences(page, "for=\"" + field + "\"")).as("labels for %s", field).isEqualTo(1);
        }
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void agencyAskedFromThePageGivesItsOpinionThroughThePage() throws Exception {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        mvc.perform(get("/cases/" + caseNumber)).andExpect(content().string(containsString("id=\"form-session\"")));

        mvc.perform(post("/cases/" + caseNumber + "/agencies").param("agencies", "FISHERY_ASSOCIATION").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(result -> assertThat(flashKeys(result)).containsExactly("case.page.done.agencies"));
        String opinionTask = workflow.task(caseNumber, "agencyOpinion").getId();
        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + opinionTask + "/claim").with(csrf()));
        mvc.perform(post("/cases/" + caseNumber + "/tasks/" + opinionTask + "/complete")
                .param("opinion", "渔业协会同意按鱼苗市价核定损失").with(csrf()));

        mvc.perform(get("/cases/" + caseNumber))
                .andExpect(content().string(containsString("渔业协会同意按鱼苗市价核定损失")))
                .andExpect(content().string(containsString("已答复")));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void partyNamedLikeAScriptIsShownAsText() throws Exception {
        var body = Disputes.fisheryDisputeInLinghu();
        Disputes.party(body, 1).put("name", "<script>alert('x')</script>");
        String scripted = ApiClient.as(rest, "clerk").postJson("/api/cases", body.toString()).getBody()
                .get("caseNumber").asText();

        mvc.perform(get("/cases/" + scripted))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @SuppressWarnings("unchecked")
    private static List<String> flashKeys(MvcResult result) {
        return ((List<Flash>) result.getFlashMap().get(Flash.ATTRIBUTE)).stream().map(Flash::messageKey).toList();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
