package org.mediationdesk.partners;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.AttachmentUploads;
import org.mediationdesk.support.SampleFiles;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's staff member (农业农村局) answers the opinion a mediation centre asked of their agency, with a
 * file, in their own name; the case of any other agency or no request stays closed to them.
 */
@ApplicationTest
class AgencyOpinionIT {

    private static final String AGENCY_USER = "agri.officer";
    private static final String MEDIATOR = "linghu.mediator";
    private static final String TWO_AGENCIES = "{\"agencies\": [\"FISHERY_ASSOCIATION\", \"AGRICULTURE_RURAL\"],"
            + " \"note\": \"涉及养殖水域技术认定\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    MockMvc mvc;

    Workflow workflow;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
    }

    @Test
    void agencyStaffAnswerTheirAgencysOpinionWithAFileAndTheHistoryNamesThem() {
        String caseNumber = askedOfBothAgencies();
        ApiClient agency = ApiClient.as(rest, AGENCY_USER);

        JsonNode asked = agency.get("/api/agency/opinions").getBody();
        assertThat(asked.findValuesAsText("caseNumber")).contains(caseNumber);
        assertThat(agency.get("/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.OK);
        var file = AttachmentUploads.as(rest, AGENCY_USER).upload(caseNumber, "养殖损失评估.pdf", SampleFiles.pdf(), "OTHER");
        assertThat(file.getStatusCode()).as("%s", file.getBody()).isEqualTo(HttpStatus.CREATED);

        Task own = opinionTask(caseNumber, "AGRICULTURE_RURAL");
        assertThat(workflow.claim(AGENCY_USER, own.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.complete(AGENCY_USER, own.getId(), "{\"opinion\": \"建议按养殖损失评估结果赔偿\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode view = workflow.caseAs(MEDIATOR, caseNumber);
        JsonNode opinion = find(view.get("agencyOpinions"), "agencyCode", "AGRICULTURE_RURAL");
        assertThat(opinion.get("status").asText()).isEqualTo("GIVEN");
        assertThat(opinion.get("answeredBy").asText()).isEqualTo(AGENCY_USER);
        JsonNode event = find(view.get("events"), "type", "AGENCY_OPINION");
        assertThat(event.get("actor").asText()).isEqualTo(AGENCY_USER);
        assertThat(event.get("actorName").asText()).isEqualTo("沈国庆（南浔区农业农村局）");
        assertThat(view.get("attachments").findValuesAsText("fileName")).contains("养殖损失评估.pdf");
        assertThat(find(agency.get("/api/agency/opinions").getBody(), "caseNumber", caseNumber).get("status").asText())
                .isEqualTo("GIVEN");
    }

    @Test
    void agencyStaffMayNotGiveAnotherAgencysOpinion() {
        String caseNumber = askedOfBothAgencies();

        Task fishery = opinionTask(caseNumber, "FISHERY_ASSOCIATION");

        assertThat(workflow.claim(AGENCY_USER, fishery.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(workflow.task(caseNumber, "mediate").getId()).satisfies(mediate -> assertThat(
                workflow.claim(AGENCY_USER, mediate).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void agencyStaffAreRefusedOnACaseThatAskedNothingOfTheirAgency() {
        String caseNumber = inMediation();
        ApiClient agency = ApiClient.as(rest, AGENCY_USER);

        assertThat(agency.get("/api/cases/" + caseNumber).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(AttachmentUploads.as(rest, AGENCY_USER).upload(caseNumber, "材料.pdf", SampleFiles.pdf(), "OTHER")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiClient.as(rest, MEDIATOR).get("/api/cases?number=" + caseNumber).getBody()
                .findValuesAsText("caseNumber")).contains(caseNumber);
        assertThat(agency.get("/api/cases?number=" + caseNumber).getBody().findValuesAsText("caseNumber"))
                .doesNotContain(caseNumber);
        assertThat(agency.get("/api/agency/opinions").getBody().findValuesAsText("caseNumber")).doesNotContain(caseNumber);
        assertThat(agency.get("/api/cases/NX-2026-999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    @WithUserDetails(AGENCY_USER)
    void agencyPagesShowTheirOwnOpinionTaskAndRefuseOtherCases() throws Exception {
        String asked = askedOfBothAgencies();
        String other = inMediation();

        mvc.perform(get("/agency/opinions")).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-case=\"" + asked + "\"")))
                .andExpect(content().string(not(containsString(other))));
        mvc.perform(get("/cases/" + asked)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"claim-agencyOpinion\"")))
                .andExpect(content().string(containsString("id=\"attachment-form\"")))
                .andExpect(content().string(not(containsString("id=\"claim-mediate\""))));
        mvc.perform(get("/cases/" + other)).andExpect(status().isForbidden());
        mvc.perform(post("/cases/" + other + "/attachments").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/tasks")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails(MEDIATOR)
    void centreStaffDoNotReachThePartnersPages() throws Exception {
        mvc.perform(get("/agency/opinions")).andExpect(status().isForbidden());
    }

    private String askedOfBothAgencies() {
        String caseNumber = inMediation();
        var asked = ApiClient.as(rest, MEDIATOR).postJson("/api/cases/" + caseNumber + "/agencies", TWO_AGENCIES);
        assertThat(asked.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return caseNumber;
    }

    private String inMediation() {
        String caseNumber = workflow.registerFisheryDispute();
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }

    private Task opinionTask(String caseNumber, String agency) {
        return workflow.tasks(caseNumber, "agencyOpinion").stream()
                .filter(task -> agency.equals(engine.getTaskService().getVariable(task.getId(), "agency")))
                .findFirst().orElseThrow();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " = " + value + " in " + array);
    }
}
