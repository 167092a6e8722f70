package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StaffBrowsers;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18 in Chromium: an auditor's first sign-in shows the authenticator key as a QR code (and as text to type),
 * the typed key's code finishes it; then the person creates an API token, sees it once and revokes it. Every page is
 * checked with axe-core (WCAG 2.2 AA); screenshots land in target/screenshots.
 */
@OversightTest
class StaffSecurityBrowserTest {

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void a_first_sign_in_enrols_with_a_qr_code_and_the_person_creates_and_revokes_an_api_token() {
        String userId = "brw-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new StaffMember(userId, "Browser Auditor", StaffRole.AUDITOR, null), PASSWORD, false, "test");
        Awaitility.await().until(() -> accounts.find(userId).isPresent());

        try (Browser browser = Browser.open(port, Browser.PHONE, "en")) {
            browser.get("/login");
            browser.byId("username").sendKeys(userId);
            browser.byId("password").sendKeys(PASSWORD);
            browser.navigate(By.cssSelector("form[action='/login'] button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login/totp");
            assertThat(browser.find(By.cssSelector("figure.qr-enrolment svg path")).isDisplayed()).isTrue();
            check(browser, "enrolment");

            String key = browser.findAll(By.tagName("code")).get(0).getText().strip();
            browser.byId("code").sendKeys(Totp.code(base32(key), Instant.now(), 6));
            browser.navigate(By.cssSelector("form[action='/login/totp'] button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");

            browser.navigate(By.linkText("API tokens"));
            check(browser, "tokens");
            browser.navigate(By.cssSelector("form[action='/staff/tokens'] button[type=submit]"));
            String token = browser.find(By.cssSelector("code.one-time-password")).getText();
            assertThat(token).startsWith("sot_");
            check(browser, "token-created");

            browser.navigate(By.cssSelector("form[action$='/revoke'] button[type=submit]"));
            assertThat(browser.mainText()).contains("is revoked", "You have no token in use.").doesNotContain(token);
        }
    }

    /**
     * On a phone (390 px) the accounts table scrolls inside its region and the page never gets wider than the screen:
     * the visually hidden label of each row's e-mail field, positioned against the page rather than the scrolling
     * region, made the whole page scroll sideways.
     */
    @Test
    void on_a_phone_the_accounts_page_is_no_wider_than_the_screen() {
        StaffBrowsers staff = new StaffBrowsers(accounts);
        String userId = staff.account(StaffRole.ADMIN, null);
        try (Browser browser = staff.signIn(port, userId, Browser.PHONE)) {
            browser.get("/staff/accounts");
            org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            assertThat(page.executeScript("return window.innerWidth")).isEqualTo((long) Browser.PHONE);
            assertThat((Long) page.executeScript("return document.documentElement.scrollWidth"))
                    .as("the page's width on a phone").isLessThanOrEqualTo(Browser.PHONE);
            check(browser, "accounts-phone");
        }
    }

    private static void check(Browser browser, String name) {
        browser.assertAccessible(name);
        browser.screenshot("security-" + name);
    }

    /** RFC 4648 Base32, as authenticator apps read the typed key. */
    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.replace("=", "").replace(" ", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
