package org.mediationdesk.tasks;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Task-list filters saved by name, per user: save, open, replace, delete, and nobody else's. */
@ApplicationTest
class SavedFilterPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    @WithUserDetails("linghu.mediator2")
    void savedFilterOpensTheTaskListWithItsParameters() throws Exception {
        String name = "超期渔业" + System.nanoTime() % 1000;
        mvc.perform(post("/tasks/filters").with(csrf()).param("name", name)
                        .param("query", "scope=CENTRE&type=FISHERY&overdue=true&page=2"))
                .andExpect(redirectedUrl("/tasks?overdue=true&scope=CENTRE&type=FISHERY"));

        long id = idOf("linghu.mediator2", name);
        mvc.perform(get("/tasks/filters/" + id)).andExpect(redirectedUrl("/tasks?overdue=true&scope=CENTRE&type=FISHERY"));

        mvc.perform(post("/tasks/filters").with(csrf()).param("name", name).param("query", "scope=MINE"));
        mvc.perform(get("/tasks/filters/" + idOf("linghu.mediator2", name))).andExpect(redirectedUrl("/tasks?scope=MINE"));

        mvc.perform(post("/tasks/filters/" + idOf("linghu.mediator2", name) + "/delete").with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saved_task_filter f JOIN app_user u ON u.id = f.user_id"
                + " WHERE u.username = 'linghu.mediator2' AND f.name = ?", Integer.class, name)).isZero();
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void anotherUsersFilterIsNotFoundAndCannotBeDeleted() throws Exception {
        String name = "他人" + System.nanoTime() % 1000;
        mvc.perform(post("/tasks/filters").with(csrf()).param("name", name).param("query", "scope=CENTRE"));
        long id = idOf("linghu.mediator", name);

        mvc.perform(get("/tasks/filters/" + id).with(user(users.loadUserByUsername("nanxun.mediator"))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/filters/" + id + "/delete").with(csrf())
                .with(user(users.loadUserByUsername("nanxun.mediator"))));

        assertThat(idOf("linghu.mediator", name)).isEqualTo(id);
    }

    @Test
    @WithUserDetails("linghu.mediator")
    void filterWithoutANameIsNotSaved() throws Exception {
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM saved_task_filter", Integer.class);

        mvc.perform(post("/tasks/filters").with(csrf()).param("name", "  ").param("query", "scope=CENTRE"))
                .andExpect(redirectedUrl("/tasks?scope=CENTRE"));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM saved_task_filter", Integer.class)).isEqualTo(before);
    }

    private long idOf(String username, String name) {
        return jdbc.queryForObject("SELECT f.id FROM saved_task_filter f JOIN app_user u ON u.id = f.user_id"
                + " WHERE u.username = ? AND f.name = ?", Long.class, username, name);
    }
}
