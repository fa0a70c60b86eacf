package org.mediationdesk.intake;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.PageForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The register page: the API's validation beside each field, the repeat warning, and the redirect to the case. */
@ApplicationTest
@WithUserDetails("clerk")
class RegistrationPageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formStartsWithAnApplicantAndARespondentInTheClerksCounty() throws Exception {
        mvc.perform(get("/cases/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记纠纷")))
                .andExpect(content().string(containsString("name=\"parties[1].name\"")))
                .andExpect(model().attribute("dispute", org.hamcrest.Matchers.hasProperty("countyCode",
                        org.hamcrest.Matchers.is("330503"))));
    }

    @Test
    void missingAndMalformedFieldsAreMarkedBesideTheFieldWithTheTypedValuesKept() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.set("description", "");
        form.set("parties[0].phone", "12345");
        form.set("peopleInvolved", "0");

        mvc.perform(post("/cases/new").params(form).with(csrf()))
                .andExpect(status().isOk()).andExpect(view().name(RegistrationPageController.VIEW))
                .andExpect(model().attributeHasFieldErrors("dispute", "description", "peopleInvolved"))
                .andExpect(content().string(containsString("value=\"沈建国\"")))
                .andExpect(content().string(containsString("name=\"peopleInvolved\" value=\"0\"")));
    }

    @Test
    void referenceChecksOfTheApiApplyToo() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.set("township", "不存在镇");
        form.set("parties[0].phone", "12345");

        mvc.perform(post("/cases/new").params(form).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dispute", "township", "invalid"))
                .andExpect(model().attributeHasFieldErrorCode("dispute", "parties[0].phone", "invalid"))
                .andExpect(content().string(containsString("南浔区没有名为“不存在镇”的乡镇（街道）")));
    }

    @Test
    void missingFieldsTooLongTextUnknownTownshipAndBadIdNumberAreReportedInOneRound() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.set("description", "长".repeat(2001));
        form.set("occurredOn", "");
        form.set("township", "不存在镇");
        form.set("parties[0].idNumber", "330503199001011234");

        String page = mvc.perform(post("/cases/new").params(form).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dispute", "description", "occurredOn", "township",
                        "parties[0].idNumber"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("不能超过 2000 个字", "请填写此项", "南浔区没有名为“不存在镇”的乡镇（街道）")
                .doesNotContain("个数必须", "不能为null", "null", "must");
    }

    @Test
    void englishReadersGetTheProductsOwnTextsNotTheValidationLibrarys() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.set("description", "x".repeat(2001));
        form.set("peopleInvolved", "");
        form.set("parties[1].name", "");

        String page = mvc.perform(post("/cases/new").params(form).param("lang", "en").with(csrf()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("At most 2000 characters", "Please fill this in")
                .doesNotContainIgnoringCase("must").doesNotContain("null", "size must be");
    }

    @Test
    void partiesAreAddedAndRemovedWithoutCheckingTheForm() throws Exception {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.add("addParty", "true");
        mvc.perform(post("/cases/new").params(form).with(csrf()))
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("name=\"parties[2].name\"")));

        MultiValueMap<String, String> removing = PageForms.fisheryDisputeInLinghu();
        removing.add("removeParty", "0");
        mvc.perform(post("/cases/new").params(removing).with(csrf()))
                .andExpect(content().string(containsString("value=\"钱小明\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("value=\"沈建国\""))));
    }

    @Test
    void registeredDisputeOpensItsCasePageWithTheRoutingExplained() throws Exception {
        MvcResult result = mvc.perform(post("/cases/new").params(withNewParty("陆阿大", "13900000001")).with(csrf()))
                .andExpect(redirectedUrlPattern("/cases/NX-*")).andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("菱湖渔业纠纷调处化解中心")))
                .andExpect(content().string(containsString("行业纠纷发生在行业调解中心服务区域内的由该行业中心调处")));
    }

    @Test
    void secondClickOnTheSameFormRegistersNothingNew() throws Exception {
        MultiValueMap<String, String> form = withNewParty("陆阿二", "13900000002");
        String first = mvc.perform(post("/cases/new").params(form).with(csrf())).andReturn().getResponse().getRedirectedUrl();
        form.add("repeatConfirmed", "true");
        String second = mvc.perform(post("/cases/new").params(form).with(csrf())).andReturn().getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void earlierCaseOfTheSamePartyIsShownBeforeSaving() throws Exception {
        String earlier = mvc.perform(post("/cases/new").params(withNewParty("陆阿三", "13900000003")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl().replace("/cases/", "");
        MultiValueMap<String, String> again = withNewParty("陆阿三", "13900000003");
        int before = cases();

        mvc.perform(post("/cases/new").params(again).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("可能是重复纠纷")))
                .andExpect(content().string(containsString(earlier)));
        assertThat(cases()).isEqualTo(before);

        again.add("repeatConfirmed", "true");
        mvc.perform(post("/cases/new").params(again).with(csrf())).andExpect(redirectedUrlPattern("/cases/NX-*"));
        assertThat(cases()).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("author")
    void ruleAuthorsDoNotRegisterDisputes() throws Exception {
        mvc.perform(get("/cases/new")).andExpect(status().isForbidden());
        mvc.perform(post("/cases/new").params(PageForms.fisheryDisputeInLinghu()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void formWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/cases/new").params(PageForms.fisheryDisputeInLinghu())).andExpect(status().isForbidden());
    }

    /** The dispute with an applicant no other test uses ({@code name} and a number), so no repeat warning stops it. */
    private static MultiValueMap<String, String> withNewParty(String name, String phone) {
        MultiValueMap<String, String> form = PageForms.fisheryDisputeInLinghu();
        form.set("parties[0].name", name);
        form.set("parties[0].phone", phone);
        form.set("parties[1].name", name + "的邻居");
        return form;
    }

    private int cases() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispute_case", Integer.class);
    }
}
