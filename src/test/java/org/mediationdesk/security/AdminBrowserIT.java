package org.mediationdesk.security;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.calendar.WorkingCalendar;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration pages in headless Chromium: a new user signs in until disabled; a holiday is marked. */
@BrowserTest
class AdminBrowserIT {

    private static final LocalDate HOLIDAY = LocalDate.of(2097, 10, 2);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkingCalendar calendar;

    Chromium admin;

    @BeforeEach
    void signInAdministrator() {
        admin = Chromium.at(port).signIn("admin");
    }

    @AfterEach
    void tearDown() {
        admin.close();
        jdbc.update("DELETE FROM calendar_day WHERE `day` = ?", HOLIDAY);
    }

    @Test
    void administratorCreatesAUserWhoChangesTheInitialPasswordFirstAndSignsInUntilDisabled() {
        String name = "grid" + System.nanoTime() % 1_000_000;
        admin.open("/admin/users").find(By.id("new-user")).click();
        admin.find(By.id("username")).sendKeys(name);
        admin.find(By.id("displayName")).sendKeys("网格员陈静");
        admin.find(By.id("password")).sendKeys("grid-pass-1");
        admin.find(By.cssSelector("input[name=roles][value=INTAKE]")).click();
        new Select(admin.find(By.id("centreCode"))).selectByValue("NX-COUNTY");
        admin.screenshot("admin-user-new");
        admin.find(By.id("user-save")).click();
        assertThat(admin.text(By.cssSelector("#users tr[data-user='" + name + "']"))).contains("网格员陈静");
        admin.screenshot("admin-users");

        try (Chromium newUser = Chromium.at(port)) {
            signIn(newUser, name, "grid-pass-1");
            assertThat(newUser.text(By.id("change-required"))).contains("请先修改为只有您知道的密码");
            newUser.open("/tasks");
            assertThat(newUser.text(By.id("change-required"))).as("every page leads to the change first").isNotEmpty();
            newUser.find(By.id("currentPassword")).sendKeys("grid-pass-1");
            newUser.find(By.id("newPassword")).sendKeys("Grid-pass-2026");
            newUser.find(By.id("confirmation")).sendKeys("Grid-pass-2026");
            newUser.screenshot("account-password-change");
            newUser.find(By.id("change-password")).click();
            assertThat(newUser.text(By.id("password-changed"))).contains("密码已修改");
            signIn(newUser, name, "Grid-pass-2026");
            assertThat(newUser.text(By.id("current-user"))).isEqualTo("网格员陈静");
        }

        admin.open("/admin/users/" + name).find(By.id("toggle-enabled")).click();
        admin.waitForFlash("已停用用户 " + name);

        try (Chromium newUser = Chromium.at(port)) {
            signIn(newUser, name, "Grid-pass-2026");
            assertThat(newUser.text(By.id("login-error"))).contains("用户名或密码错误");
        }
    }

    @Test
    void administratorMarksAHoliday() {
        admin.open("/admin/calendar?year=" + HOLIDAY.getYear());
        WebElement date = admin.find(By.id("date"));
        ((JavascriptExecutor) admin.driver())
                .executeScript("arguments[0].value = arguments[1]", date, HOLIDAY.toString());
        new Select(admin.find(By.id("kind"))).selectByValue("HOLIDAY");
        admin.find(By.id("nameZh")).sendKeys("国庆节");
        admin.find(By.id("calendar-save")).click();

        assertThat(admin.text(By.cssSelector("#calendar-days tr[data-date='" + HOLIDAY + "']"))).contains("国庆节");
        admin.screenshot("admin-calendar");
        assertThat(calendar.isWorkingDay(HOLIDAY)).isFalse();
    }

    private static void signIn(Chromium browser, String username, String password) {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.cssSelector("#login-form button[type=submit]")).click();
        browser.waitUntil(d -> !d.getCurrentUrl().endsWith("/login"));
    }
}
