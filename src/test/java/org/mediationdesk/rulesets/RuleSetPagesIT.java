package org.mediationdesk.rulesets;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.mediationdesk.support.BusinessTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rule authors' pages as served: versions, the DRL editor with compile errors by line, scenarios,
 * a simulation job run to its report, diff. A running simulation's page is in {@link DraftRunsIT}.
 */
@ApplicationTest
class RuleSetPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleSetVersions versions;

    @Test
    @WithUserDetails("author")
    void authorEditsADraftInTheEditorAndSeesTheCompileErrorByFileAndLine() throws Exception {
        mvc.perform(get("/rulesets")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"versions\"")))
                .andExpect(content().string(containsString("id=\"new-draft\"")));
        String location = mvc.perform(post("/rulesets").param("comment", "页面测试").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", matchesPattern("/rulesets/\\d+")))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(location).param("file", "rules/routing.drl")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"editor\"")))
                .andExpect(content().string(containsString("lib/codemirror.js")))
                .andExpect(content().string(containsString("重大风险纠纷由县级矛调中心调处")));
        mvc.perform(post(location + "/files").with(csrf()).param("path", "rules/routing.drl")
                        .param("content", "package rules;\n\nrule \"未写完\"\nwhen\n    DisputeFact(peopleInvolved >= )\nthen\nend\n")
                        .param("validate", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).param("file", "rules/routing.drl").param("validate", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-line=\"5\"")))
                .andExpect(content().string(containsString("rules/routing.drl:5")));
        mvc.perform(get(location + "/scenarios")).andExpect(status().isOk())
                .andExpect(content().string(containsString("rules/routing.drl:5")));
    }

    @Test
    @WithUserDetails("author")
    void scenariosSimulationAndDiffPagesShowTheirResults() throws Exception {
        long published = versions.publishedId().orElseThrow();
        String draft = mvc.perform(post("/rulesets").param("comment", "页面测试").with(csrf()))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(draft + "/scenarios")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"scenario-rows\"")))
                .andExpect(content().string(containsString("未通过 0 行")));
        mvc.perform(get(draft + "/simulation")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"simulation-form\"")));
        String job = mvc.perform(post(draft + "/simulations").with(csrf())
                        .param("from", BusinessTime.today().minusDays(6).toString()).param("to", BusinessTime.today().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", matchesPattern(draft + "/simulations/[0-9a-f-]{36}")))
                .andReturn().getResponse().getHeader("Location");
        // In the test's thread: that is where the signed-in user is.
        await().atMost(Duration.ofSeconds(60)).pollInSameThread().untilAsserted(() -> mvc.perform(get(job)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"simulation-summary\""))));
        mvc.perform(get(job)).andExpect(content().string(containsString(job + "/report.xlsx")));
        mvc.perform(get(job + "/progress")).andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(get(job + "/report.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/rulesets/diff").param("from", String.valueOf(published)).param("to", draft.substring(10)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("两个版本的文件完全相同")));
    }

    @Test
    @WithUserDetails("nanxun.mediator")
    void mediatorCannotOpenTheRulePages() throws Exception {
        mvc.perform(get("/rulesets")).andExpect(status().isForbidden());
    }

    @Test
    void codeMirrorIsServedFromItsWebjar() throws Exception {
        mvc.perform(get("/webjars/codemirror/lib/codemirror.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/codemirror/addon/mode/simple.js")).andExpect(status().isOk());
    }
}
