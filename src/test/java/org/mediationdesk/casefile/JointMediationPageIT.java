package org.mediationdesk.casefile;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.mediationdesk.web.Flash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case page's part in 联合调解: which required agencies are outstanding, the refusal to conclude, the waiver form. */
@ApplicationTest
class JointMediationPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void fisheryDisputeInMediation() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
        workflow.work("linghu.mediator", caseNumber, "acceptCase", "{\"decision\": \"ACCEPT\"}");
        workflow.claim("linghu.mediator", workflow.task(caseNumber, "mediate").getId());
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void pageShowsTheRequiredAgenciesNotAskedAndTicksThemInTheAgenciesForm() throws Exception {
        mvc.perform(get("/cases/" + caseNumber))
                .andExpect(content().string(containsString("data-agency=\"FISHERY_ASSOCIATION\" data-state=\"NOT_ASKED\"")))
                .andExpect(content().string(containsString("data-agency=\"AGRICULTURE_RURAL\" data-state=\"NOT_ASKED\"")))
                .andExpect(content().string(containsString("id=\"joint-outstanding\"")))
                .andExpect(content().string(containsString("未邀请")))
                .andExpect(content().string(containsString("value=\"FISHERY_ASSOCIATION\" id=\"agency-FISHERY_ASSOCIATION\" checked")))
                .andExpect(content().string(not(containsString("value=\"POLICE\" id=\"agency-POLICE\" checked"))))
                .andExpect(content().string(not(containsString("id=\"form-waiver\""))));
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void concludingFromThePageIsRefusedNamingTheOutstandingAgencies() throws Exception {
        String mediate = workflow.task(caseNumber, "mediate").getId();

        MvcResult refused = mvc.perform(post("/cases/" + caseNumber + "/tasks/" + mediate + "/complete")
                        .param("outcome", "AGREED").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber)).andReturn();

        Flash flash = flashes(refused).get(0);
        assertThat(flash.messageKey()).isEqualTo("joint.agenciesOutstanding");
        assertThat(flash.args()).singleElement().asString().contains("渔业协会").contains("农业农村局");
        assertThat(workflow.task(caseNumber, "mediate").getId()).isEqualTo(mediate);
    }

    @Test
    @WithUserDetails("linghu.manager")
    void managerWaivesAnAgencyThroughThePageAndTheCaseShowsWhoAndWhy() throws Exception {
        mvc.perform(get("/cases/" + caseNumber)).andExpect(content().string(containsString("id=\"form-waiver\"")));

        mvc.perform(post("/cases/" + caseNumber + "/agency-waivers").param("agency", "AGRICULTURE_RURAL")
                        .param("reason", "纠纷不涉及养殖水域权属").with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseNumber))
                .andExpect(result -> assertThat(flashes(result)).extracting(Flash::messageKey)
                        .containsExactly("case.page.done.waiver"));

        mvc.perform(get("/cases/" + caseNumber))
                .andExpect(content().string(containsString("data-agency=\"AGRICULTURE_RURAL\" data-state=\"WAIVED\"")))
                .andExpect(content().string(containsString("已免除")))
                .andExpect(content().string(containsString("纠纷不涉及养殖水域权属")))
                .andExpect(content().string(containsString("免除农业农村局参加联合调解")));
    }

    @Test
    @WithUserDetails("linghu.manager")
    void waiverWithoutAReasonComesBackWithTheProblemBesideTheField() throws Exception {
        mvc.perform(post("/cases/" + caseNumber + "/agency-waivers").param("agency", "AGRICULTURE_RURAL").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("failedForm", "waiver"))
                .andExpect(content().string(containsString("data-field=\"reason\"")));
    }

    @SuppressWarnings("unchecked")
    private static List<Flash> flashes(MvcResult result) {
        return (List<Flash>) result.getFlashMap().get(Flash.ATTRIBUTE);
    }
}
