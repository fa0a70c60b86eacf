package org.mediationdesk.web;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Grid workers register disputes on phones: the working pages fit a phone's width without sideways scrolling. */
@BrowserTest
class PhoneWidthBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void registerPageFitsAPhone() {
        try (Chromium phone = Chromium.phoneAt(port)) {
            phone.signIn("clerk").open("/cases/new");
            assertThat(phone.find(By.id("register-submit")).isDisplayed()).isTrue();
            assertNoSidewaysScrolling(phone);
            phone.screenshot("register-phone");
        }
    }

    @Test
    void taskListFitsAPhone() {
        try (Chromium phone = Chromium.phoneAt(port)) {
            phone.signIn("linghu.mediator").open("/tasks?scope=CENTRE");
            assertThat(phone.find(By.id("task-filter")).isDisplayed()).isTrue();
            assertNoSidewaysScrolling(phone);
            phone.screenshot("tasks-phone");
        }
    }

    private static void assertNoSidewaysScrolling(Chromium phone) {
        Number overflow = (Number) phone.script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow.intValue()).as("pixels wider than the window").isLessThanOrEqualTo(0);
    }
}
