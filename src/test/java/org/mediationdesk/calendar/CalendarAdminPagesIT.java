package org.mediationdesk.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The holiday calendar page. Its days are in 2098, far from any deadline other tests compute, and
 * removed afterwards.
 */
@ApplicationTest
class CalendarAdminPagesIT {

    private static final LocalDate WEDNESDAY = LocalDate.of(2098, 10, 1);
    private static final LocalDate SATURDAY = LocalDate.of(2098, 10, 4);

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeDays() {
        jdbc.update("DELETE FROM calendar_day WHERE `day` BETWEEN ? AND ?", WEDNESDAY, SATURDAY);
        calendar.refresh();
    }

    @Test
    @WithUserDetails("admin")
    void holidayMarkedOnThePageIsADayOffAtOnce() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).param("date", WEDNESDAY.toString()).param("kind", "HOLIDAY")
                        .param("nameZh", "国庆节").param("nameEn", "National Day"))
                .andExpect(redirectedUrl("/admin/calendar?year=2098"));

        assertThat(calendar.isWorkingDay(WEDNESDAY)).isFalse();
        mvc.perform(get("/admin/calendar").param("year", "2098")).andExpect(content().string(containsString("国庆节")))
                .andExpect(content().string(containsString("2098 年节假日")));

        mvc.perform(post("/admin/calendar/" + WEDNESDAY + "/delete").with(csrf()))
                .andExpect(redirectedUrl("/admin/calendar?year=2098"));
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void makeUpWorkingDayOnAWeekdayOrWithoutANameIsShownByTheField() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).param("date", WEDNESDAY.toString()).param("kind", "WORKDAY")
                        .param("nameZh", "国庆调休"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("calendarDayForm", "kind"));
        mvc.perform(post("/admin/calendar").with(csrf()).param("date", SATURDAY.toString()).param("kind", "WORKDAY")
                        .param("nameZh", ""))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("calendarDayForm", "nameZh"));
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
    }

    @Test
    @WithUserDetails("clerk")
    void onlyAdministratorsChangeTheCalendar() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).param("date", WEDNESDAY.toString()).param("kind", "HOLIDAY")
                .param("nameZh", "国庆节")).andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(WEDNESDAY)).isTrue();
    }
}
