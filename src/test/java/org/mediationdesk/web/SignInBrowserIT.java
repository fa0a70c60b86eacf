package org.mediationdesk.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in and out, the language switch and the phone-width layout, in headless Chromium. */
@BrowserTest
class SignInBrowserIT {

    @LocalServerPort
    int port;
    Chromium browser;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.at(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void clerkSignsInInChineseSwitchesToEnglishAndSignsOut() {
        browser.open("/login");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("登录");
        browser.screenshot("login");

        browser.signIn("clerk");
        assertThat(browser.text(By.tagName("h1"))).startsWith("您好，");
        browser.screenshot("home-clerk");

        browser.find(By.id("lang-en")).click();
        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().startsWith("Hello,"));
        assertThat(browser.text(By.id("logout"))).isEqualTo("Sign out");
        browser.screenshot("home-clerk-en");

        browser.find(By.id("logout")).click();
        assertThat(browser.text(By.id("logged-out"))).isEqualTo("You have signed out");
    }

    @Test
    void wrongPasswordShowsTheReasonOnTheLoginPage() {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys("clerk");
        browser.find(By.id("password")).sendKeys("wrong");
        browser.find(By.cssSelector("#login-form button[type=submit]")).click();

        assertThat(browser.text(By.id("login-error"))).contains("用户名或密码错误");
    }

    @Test
    void phoneWidthCollapsesTheNavigationIntoAMenu() {
        try (Chromium phone = Chromium.phoneAt(port)) {
            phone.signIn("admin");
            assertThat(phone.find(By.cssSelector("a[href='/camunda/app/'].nav-link")).isDisplayed()).isFalse();

            phone.find(By.cssSelector(".navbar-toggler")).click();
            phone.waitUntil(d -> d.findElement(By.id("logout")).isDisplayed()
                    && d.findElements(By.cssSelector(".navbar-collapse.collapsing")).isEmpty());
            assertThat(phone.find(By.cssSelector("a[href='/camunda/app/'].nav-link")).isDisplayed()).isTrue();
            phone.screenshot("home-admin-phone-menu");
        }
    }

    @Test
    void unknownPageShowsTheErrorPage() {
        browser.signIn("clerk").open("/no-such-page");

        assertThat(browser.find(By.id("error-page")).getAttribute("data-status")).isEqualTo("404");
        browser.screenshot("error-404");
    }
}
