package org.mediationdesk.cases;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.Workflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The data-protection officer de-identifies one closed case early, on a party's request, with a reason. */
@ApplicationTest
class CaseErasureIT {

    private static final String DECLINE = "{\"decision\": \"DECLINE\", \"reason\": \"已起诉\","
            + " \"declineGround\": \"BEFORE_COURT\", \"directedTo\": \"南浔区人民法院\"}";
    private static final String REASON = "{\"reason\": \"当事人沈建国书面申请删除其个人信息\"}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    Workflow workflow;
    String caseNumber;

    @BeforeEach
    void setUp() {
        workflow = new Workflow(rest, engine);
        caseNumber = workflow.registerFisheryDispute();
    }

    @Test
    void officerErasesAClosedCaseWithAReasonThatKeepsNoName() {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", DECLINE);

        var erased = ApiClient.as(rest, "dpo").postJson("/api/privacy/erasures/" + caseNumber, REASON);

        assertThat(erased.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(jdbc.queryForList("SELECT p.name FROM case_party p JOIN dispute_case c ON c.id = p.case_id"
                + " WHERE c.case_number = ? AND p.id_number IS NULL AND p.phone IS NULL ORDER BY p.seq", String.class, caseNumber))
                .containsExactly("申请人1", "被申请人1");
        assertThat(jdbc.queryForList("SELECT reason FROM access_record WHERE case_number = ? AND action = 'ERASED'"
                + " AND username = 'dpo'", String.class, caseNumber)).containsExactly("当事人申请人1书面申请删除其个人信息");
        var events = ApiClient.as(rest, "linghu.mediator").get("/api/cases/" + caseNumber).getBody().get("events");
        assertThat(events.toString()).contains("DEIDENTIFIED", "当事人申请人1书面申请删除其个人信息").doesNotContain("沈建国");
        assertThat(ApiClient.as(rest, "dpo").postJson("/api/privacy/erasures/" + caseNumber, REASON).getStatusCode())
                .as("twice").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anOpenCaseIsNotErasedAndAReasonIsRequired() {
        var open = ApiClient.as(rest, "dpo").postJson("/api/privacy/erasures/" + caseNumber, REASON);
        var withoutReason = ApiClient.as(rest, "dpo").postJson("/api/privacy/erasures/" + caseNumber, "{\"reason\": \" \"}");
        var unknown = ApiClient.as(rest, "dpo").postJson("/api/privacy/erasures/NX-2099-999999", REASON);

        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutReason.getBody().toString()).contains("reason");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_party p JOIN dispute_case c ON c.id = p.case_id"
                + " WHERE c.case_number = ? AND p.name = '沈建国'", Integer.class, caseNumber)).isOne();
    }

    @Test
    void onlyTheOfficerErases() {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", DECLINE);

        for (String user : List.of("admin", "linghu.manager", "feiying.mediator")) {
            assertThat(ApiClient.as(rest, user).postJson("/api/privacy/erasures/" + caseNumber, REASON).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("SELECT deidentified_at IS NULL FROM dispute_case WHERE case_number = ?",
                Boolean.class, caseNumber)).isTrue();
    }

    @Test
    @WithUserDetails("dpo")
    void officerErasesFromTheRecordsPage() throws Exception {
        workflow.work("linghu.mediator", caseNumber, "acceptCase", DECLINE);

        mvc.perform(post("/privacy/erasures").param("caseNumber", caseNumber).param("reason", "当事人申请").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashMessages"));

        assertThat(jdbc.queryForObject("SELECT deidentified_at IS NOT NULL FROM dispute_case WHERE case_number = ?",
                Boolean.class, caseNumber)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void administratorCannotPostTheErasureForm() throws Exception {
        mvc.perform(post("/privacy/erasures").param("caseNumber", caseNumber).param("reason", "x").with(csrf()))
                .andExpect(status().isForbidden());
    }
}
