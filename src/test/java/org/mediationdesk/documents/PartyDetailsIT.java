package org.mediationdesk.documents;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.mediationdesk.support.PageForms;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The party details the standard documents print: given on the register page, completed or corrected
 * on the case page and over the API by the case's mediator until the follow-up, and refused to others.
 */
@ApplicationTest
class PartyDetailsIT {

    private static final String MEDIATOR = AgreementDocumentIT.MEDIATOR;

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
    void mediatorCompletesAPartysDetailsOverTheApiAndTheAgreementPrintsThem() {
        String caseNumber = acceptedCase();

        ResponseEntity<String> response = put(MEDIATOR, caseNumber, 2, "{\"sex\": \"MALE\", \"ethnicity\": \"汉族\","
                + " \"occupation\": \"个体水产养殖户\", \"address\": \"湖州市南浔区菱湖镇下昂村3组\","
                + " \"agentName\": \"钱建华\", \"agentCapacity\": \"父亲\", \"agentPhone\": \"13700002222\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(workflow.caseAs(MEDIATOR, caseNumber).get("events").toString()).contains("PARTY_DETAILS_UPDATED");
        String acceptance = DocxText.of(rest.withBasicAuth(MEDIATOR, ApiClient.DEMO_PASSWORD).getForEntity(
                "/api/cases/" + caseNumber + "/documents/acceptance-form", byte[].class).getBody()).text();
        assertThat(acceptance).contains("钱小明，男，汉族", "个体水产养殖户", "住湖州市南浔区菱湖镇下昂村3组",
                "父亲钱建华（13700002222）");
    }

    @Test
    void badDetailsAreRefusedNamingTheField() {
        String caseNumber = acceptedCase();

        ResponseEntity<String> response = put(MEDIATOR, caseNumber, 1, "{\"birthDate\": \""
                + BusinessTime.today().plusDays(1) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("birthDate");
        assertThat(put(MEDIATOR, caseNumber, 4, "{\"sex\": \"FEMALE\"}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void othersCannotChangeThemAndNotBeforeTheCaseIsAccepted() {
        String caseNumber = workflow.registerFisheryDispute();
        assertThat(put(MEDIATOR, caseNumber, 1, "{\"sex\": \"MALE\"}").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");

        assertThat(put("feiying.mediator", caseNumber, 1, "{\"sex\": \"MALE\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put("clerk", caseNumber, 1, "{\"sex\": \"MALE\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void casePageOffersTheDocumentsAndAFormPerPartyThatSavesTheDetails() throws Exception {
        String caseNumber = acceptedCase();

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"document-application\"")))
                .andExpect(content().string(containsString("id=\"document-acceptance-form\"")))
                .andExpect(content().string(containsString("id=\"party-details-2\"")));
        mvc.perform(post("/cases/" + caseNumber + "/parties/1/details").param("sex", "MALE").param("ethnicity", "汉族")
                        .param("occupation", "渔民").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/" + caseNumber + "*"));

        mvc.perform(get("/cases/" + caseNumber)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"渔民\"")));
    }

    @Test
    @WithUserDetails("clerk")
    void registerPageTakesTheDetailsTheDocumentsNeed() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.add("parties[0].details.sex", "MALE");
        form.add("parties[0].details.ethnicity", "汉族");
        form.add("parties[0].details.birthDate", "1972-03-15");
        form.add("parties[0].details.address", "湖州市南浔区菱湖镇陈邑村8组12号");
        form.add("parties[1].details.refusedReason", "不愿提供");
        form.set("repeatConfirmed", "true");

        String location = mvc.perform(post("/cases/new").params(form).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String caseNumber = location.substring(location.lastIndexOf('/') + 1);

        assertThat(application(MEDIATOR, caseNumber)).contains("男\n汉族", "1972年3月15日", "湖州市南浔区菱湖镇陈邑村8组12号",
                "钱小明\n（拒绝提供其他信息：不愿提供）");
        assertThat(application("clerk", caseNumber)).as("the clerk is not the case's mediator: address cut short")
                .contains("湖州市南浔区****").doesNotContain("陈邑村8组12号");
    }

    private String application(String user, String caseNumber) {
        return DocxText.of(rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD).getForEntity(
                "/api/cases/" + caseNumber + "/documents/application", byte[].class).getBody()).text();
    }

    private String acceptedCase() {
        String caseNumber = AgreementDocumentIT.registerThreeParties(rest);
        workflow.work(MEDIATOR, caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        return caseNumber;
    }

    private ResponseEntity<String> put(String user, String caseNumber, int partyNo, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, ApiClient.DEMO_PASSWORD).exchange("/api/cases/" + caseNumber + "/parties/"
                + partyNo + "/details", HttpMethod.PUT, new HttpEntity<>(json, headers), String.class);
    }
}
