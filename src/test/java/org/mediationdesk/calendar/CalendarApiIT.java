package org.mediationdesk.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApiClient;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendar over HTTP: the seeded 2026 schedule, administrators' changes, and refusals. */
@ApplicationTest
class CalendarApiIT {

    /** Days these tests may add; removed after each test so other tests' deadlines do not see them. */
    private static final List<String> TEST_DAYS = List.of("2027-01-01", "2028-03-06");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ScheduledTaskHolder> schedulers;

    @AfterEach
    void removeTestDays() {
        TEST_DAYS.forEach(day -> jdbc.update("DELETE FROM calendar_day WHERE `day` = ?", LocalDate.parse(day)));
        calendar.refresh();
    }

    @Test
    void seeded2026ScheduleIsServedInDateOrderToAnyoneSignedIn() {
        var response = ApiClient.as(rest, "clerk").get("/api/calendar?year=2026");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode days = response.getBody();
        assertThat(days).hasSize(39);
        assertThat(days.findValuesAsText("date")).isSorted().startsWith("2026-01-01").endsWith("2026-10-10");
        assertThat(days.findValuesAsText("kind")).containsOnly("HOLIDAY", "WORKDAY");
        assertThat(days.findValuesAsText("kind").stream().filter("WORKDAY"::equals)).hasSize(6);
        assertThat(days.get(0).get("nameZh").asText()).isEqualTo("元旦");
        JsonNode makeUpSaturday = days.get(4);
        assertThat(makeUpSaturday.get("date").asText()).isEqualTo("2026-02-14");
        assertThat(makeUpSaturday.get("kind").asText()).isEqualTo("WORKDAY");
        assertThat(makeUpSaturday.get("nameZh").asText()).isEqualTo("春节调休上班");
    }

    @Test
    void seededScheduleGives2026ItsOfficialWorkingDays() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31")))
                .isEqualTo(248);
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-02-13"), 5)).isEqualTo(LocalDate.parse("2026-02-27"));
    }

    @Test
    void holidayEnteredByTheAdministratorIsServedAndCountedAtOnce() {
        LocalDate newYear = LocalDate.parse("2027-01-01");
        assertThat(calendar.isWorkingDay(newYear)).as("2027 is not entered yet").isTrue();

        var saved = ApiClient.as(rest, "admin").putJson("/api/calendar/2027-01-01",
                "{\"kind\": \"HOLIDAY\", \"nameZh\": \"元旦\", \"nameEn\": \"New Year's Day\"}");

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(saved.getBody().get("updatedBy").asText()).isEqualTo("admin");
        assertThat(calendar.isWorkingDay(newYear)).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo(LocalDate.parse("2027-01-04"));
        JsonNode year = ApiClient.as(rest, "clerk").get("/api/calendar?year=2027").getBody();
        assertThat(year).hasSize(1);
        assertThat(year.get(0).get("date").asText()).isEqualTo("2027-01-01");
        assertThat(year.get(0).get("nameEn").asText()).isEqualTo("New Year's Day");
    }

    @Test
    void administratorChangesAndDeletesADay() {
        var admin = ApiClient.as(rest, "admin");
        admin.putJson("/api/calendar/2028-03-06", "{\"kind\": \"HOLIDAY\", \"nameZh\": \"测试假日\"}");

        var changed = admin.putJson("/api/calendar/2028-03-06", "{\"kind\": \"HOLIDAY\", \"nameZh\": \"测试假日（改）\"}");
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.get("/api/calendar?year=2028").getBody().findValuesAsText("nameZh")).containsExactly("测试假日（改）");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-03-06"))).isFalse();

        assertThat(admin.delete("/api/calendar/2028-03-06").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-03-06"))).as("an ordinary Monday again").isTrue();
        assertThat(admin.get("/api/calendar?year=2028").getBody()).isEmpty();
    }

    @Test
    void calendarIsReloadedEveryFiveMinutesForChangesMadeOnOtherNodes() {
        assertThat(schedulers.stream().flatMap(holder -> holder.getScheduledTasks().stream()).map(ScheduledTask::getTask))
                .filteredOn(task -> task.getRunnable().toString().endsWith("WorkingCalendar.refresh"))
                .singleElement()
                .isInstanceOfSatisfying(FixedDelayTask.class,
                        task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void clerkMayNotChangeTheCalendar() {
        var clerk = ApiClient.as(rest, "clerk");

        assertThat(clerk.putJson("/api/calendar/2027-01-01", "{\"kind\": \"HOLIDAY\", \"nameZh\": \"元旦\"}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(clerk.delete("/api/calendar/2026-01-01").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(clerk.get("/api/calendar?year=2027").getBody()).isEmpty();
        assertThat(clerk.get("/api/calendar?year=2026").getBody()).hasSize(39);
    }

    @Test
    void anonymousCallerMayNotReadTheCalendar() {
        assertThat(ApiClient.anonymous(rest).get("/api/calendar?year=2026").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownKindIsRefusedNamingTheFieldAndTheKindsAccepted() {
        var response = ApiClient.as(rest, "admin").putJson("/api/calendar/2027-01-01",
                "{\"kind\": \"VACATION\", \"nameZh\": \"元旦\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(response.getBody().at("/errors/0/message").asText()).contains("HOLIDAY, WORKDAY");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
    }

    @Test
    void blankChineseNameAndOverlongEnglishNameAreRefusedNamingBoth() {
        var response = ApiClient.as(rest, "admin").putJson("/api/calendar/2027-01-01",
                "{\"kind\": \"HOLIDAY\", \"nameZh\": \" \", \"nameEn\": \"" + "x".repeat(65) + "\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("nameZh", "nameEn");
    }

    @Test
    void makeUpWorkingDayOnAWeekdayIsRefused() {
        var response = ApiClient.as(rest, "admin").putJson("/api/calendar/2028-03-06",
                "{\"kind\": \"WORKDAY\", \"nameZh\": \"调休上班\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("kind");
        assertThat(response.getBody().at("/errors/0/message").asText()).contains("2028-03-06");
    }

    @Test
    void malformedDateIsRefusedNamingIt() {
        var response = ApiClient.as(rest, "admin").putJson("/api/calendar/2027-02-30",
                "{\"kind\": \"HOLIDAY\", \"nameZh\": \"元旦\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("date");
    }

    @Test
    void deletingADayWithoutARowIsNotFound() {
        var response = ApiClient.as(rest, "admin").delete("/api/calendar/2028-03-06");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody().get("detail").asText()).isEqualTo("日历中没有这一天");
    }
}
