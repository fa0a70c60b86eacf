package org.mediationdesk.security.oidc;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mediationdesk.security.Role;
import org.mediationdesk.security.UserMapper;
import org.mediationdesk.support.AuthenticatorApp;
import org.mediationdesk.support.BrowserTest;
import org.mediationdesk.support.Chromium;
import org.mediationdesk.support.KeycloakServer;
import org.mediationdesk.support.WithOidcProfile;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Single sign-on in headless Chromium through Keycloak's own sign-in page. */
@BrowserTest
@ActiveProfiles(resolver = WithOidcProfile.class)
class OidcSignInBrowserIT {

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakServer.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    UserMapper users;
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
    void mediatorSignsInAtKeycloakAndLandsOnTheTaskListAsMediatorOfTheirCentre() {
        browser.open("/tasks");
        browser.click(By.id("sso-sign-in"));
        signInAtKeycloak("sso.mediator");

        browser.waitUntil(d -> browser.currentPath().startsWith("/tasks"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("任务");
        assertThat(browser.text(By.id("current-user"))).isEqualTo("美娟 吴");
        browser.screenshot("sso-tasks-mediator");
        var mediator = users.findByUsername("sso.mediator").orElseThrow();
        assertThat(mediator.centreCode()).isEqualTo("NX-COUNTY");
        assertThat(users.findRoles(mediator.id())).containsExactly(Role.MEDIATOR);
        assertThat(users.isMediator(mediator.id())).isTrue();
    }

    @Test
    void personWithoutRoleOrCentreGetsAClearPageInsteadOfTheApplication() {
        browser.open("/login");
        browser.click(By.id("sso-sign-in"));
        signInAtKeycloak("sso.visitor");

        assertThat(browser.text(By.id("sso-refused"))).contains("尚未分配本系统的角色或所属调解中心");
        browser.screenshot("sso-refused");
        browser.open("/tasks");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void anIdentityProviderAccountNamedAsThePublicSideIsToldItsNameIsKeptAndGetsNoAccount() {
        browser.open("/login");
        browser.click(By.id("sso-sign-in"));
        signInAtKeycloak("public");

        assertThat(browser.text(By.id("sso-reserved-name"))).contains("不能作为个人账号使用");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("尚未分配本系统的角色");
        assertThat(users.findByUsername("public")).isEmpty();
        browser.open("/tasks");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    @Test
    void localAdministratorCanStillSignInBesideSingleSignOn() {
        browser.signIn("admin");

        assertThat(browser.text(By.id("current-user"))).isEqualTo("系统管理员");
    }

    @Test
    void signingOutEndsTheSessionAtKeycloakTooSoTheNextSingleSignOnAsksForThePasswordAgain() {
        browser.open("/login");
        browser.click(By.id("sso-sign-in"));
        signInAtKeycloak("sso.feiying");
        browser.waitUntil(d -> browser.find(By.id("current-user")).isDisplayed());

        browser.click(By.id("logout"));
        browser.waitUntil(d -> browser.currentPath().startsWith("/login"));
        assertThat(browser.find(By.id("logged-out")).isDisplayed()).isTrue();
        browser.click(By.id("sso-sign-in"));

        browser.waitUntil(d -> d.getCurrentUrl().startsWith(KeycloakServer.issuer()));
        assertThat(browser.find(By.id("password")).isDisplayed()).isTrue();
    }

    @Test
    void administratorSetsUpAnAuthenticatorAppAtKeycloakFirstAndSignsInWithItsCodeAfterwards() throws Exception {
        browser.open("/login");
        browser.click(By.id("sso-sign-in"));
        typePasswordAtKeycloak("sso.admin");
        browser.waitUntil(d -> !d.findElements(By.id("mode-manual")).isEmpty());
        browser.screenshot("sso-admin-configure-otp");
        browser.click(By.id("mode-manual"));
        AuthenticatorApp app = AuthenticatorApp.typing(browser.text(By.id("kc-totp-secret-key")));
        browser.find(By.id("totp")).sendKeys(app.code(0));
        browser.find(By.id("userLabel")).sendKeys("测试手机");
        browser.click(By.id("saveTOTPBtn"));
        browser.waitUntil(d -> !d.getCurrentUrl().startsWith(KeycloakServer.issuer()));
        assertThat(browser.text(By.id("current-user"))).isEqualTo("管理员 系统");

        browser.click(By.id("logout"));
        browser.waitUntil(d -> browser.currentPath().startsWith("/login"));
        browser.click(By.id("sso-sign-in"));
        typePasswordAtKeycloak("sso.admin");
        browser.waitUntil(d -> !d.findElements(By.id("otp")).isEmpty());
        browser.find(By.id("otp")).sendKeys(app.code(1));
        browser.click(By.id("kc-login"));

        browser.waitUntil(d -> !d.getCurrentUrl().startsWith(KeycloakServer.issuer()));
        assertThat(browser.text(By.id("current-user"))).isEqualTo("管理员 系统");
    }

    @Test
    void aLocalAccountOtherThanAnAdministratorCannotGoRoundTheIdentityProvider() {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys("clerk");
        browser.find(By.id("password")).sendKeys("demo");
        browser.find(By.id("password")).submit();

        browser.waitUntil(d -> !d.findElements(By.id("local-refused")).isEmpty());
        browser.open("/cases/new");
        assertThat(browser.currentPath()).startsWith("/login");
    }

    private void signInAtKeycloak(String username) {
        typePasswordAtKeycloak(username);
        browser.waitUntil(d -> !d.getCurrentUrl().startsWith(KeycloakServer.issuer()));
    }

    /** Keycloak's sign-in form; an account with a required action (set up OTP) stays at Keycloak after it. */
    private void typePasswordAtKeycloak(String username) {
        browser.waitUntil(d -> d.getCurrentUrl().startsWith(KeycloakServer.issuer()));
        browser.find(By.id("username")).sendKeys(username);
        browser.find(By.id("password")).sendKeys(KeycloakServer.PASSWORD);
        browser.click(By.id("kc-login"));
    }
}
