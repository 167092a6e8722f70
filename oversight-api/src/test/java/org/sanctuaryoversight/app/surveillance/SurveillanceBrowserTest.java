package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.staff.Totp;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.ReviewCaseIds;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey, in Chromium: a police liaison signs in, uploads the month's license-plate reader audit log with
 * the page's form and watches it being checked; the ombudsperson signs in with a password and a code from an
 * authenticator, finds the flags on the audit's page, follows a flagged count to its searches and from there to
 * the review case. Every page is checked with axe-core (WCAG 2.2 AA); screenshots land in target/screenshots.
 */
@OversightTest
class SurveillanceBrowserTest {

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    MongoDatabase database;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void a_liaison_uploads_a_log_and_the_ombudsperson_sees_the_flags_and_the_review_case() throws Exception {
        String liaison = account(StaffRole.DEPARTMENT_LIAISON, "police");
        String ombudsperson = account(StaffRole.OMBUDSPERSON, null);
        byte[] secret = new byte[20];
        new SecureRandom().nextBytes(secret);
        accounts.enrollTotp(ombudsperson, secret);
        Awaitility.await().until(() -> accounts.find(ombudsperson).orElseThrow().totpSecret() != null);
        AuditLogs.Generated log = AuditLogs.generate(Layout.NETWORK, 2500, YearMonth.of(2025, 10), 51, null, 7, 120);
        Path file = Files.createTempFile("flock-network-audit-", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, log.bytes());

        try (Browser browser = Browser.open(port, Browser.DESKTOP, "en")) {
            signIn(browser, liaison);
            browser.navigate(By.linkText("License-plate reader audit"));
            check(browser, "liaison-overview");
            browser.navigate(By.linkText("Upload a search audit log"));
            check(browser, "liaison-upload");
            assertThat(browser.find(By.cssSelector("#department option[selected]")).getText()).isEqualTo("Police Department");
            browser.byId("log").sendKeys(file.toString());
            browser.navigate(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/surveillance/imports/" + log.importId());
            // the page follows the check with its script and shows the counts when it is done
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("import-flagged")).isEmpty());
            assertThat(browser.byId("import-searches").getText()).isEqualTo("2,500");
            assertThat(browser.byId("import-flagged").getText().replace(",", ""))
                    .isEqualTo(String.valueOf(log.manifest().flaggedRows()));
            assertThat(browser.mainText()).contains("Searches by agency type and flag").doesNotContain("Flagged searches\n");
            check(browser, "liaison-import");
        }

        String burstCase = ReviewCaseIds.forAgency(log.importId(), "Riverside County CA SO", AuditRule.SEARCH_BURST);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                database.getCollection("casework_cases").find(new Document("_id", burstCase)).first() != null);

        try (Browser browser = Browser.open(port, Browser.PHONE, "es")) {
            browser.get("/login?lang=es");
            browser.byId("username").sendKeys(ombudsperson);
            browser.byId("password").sendKeys(PASSWORD);
            browser.navigate(By.cssSelector("form button[type=submit]"));
            browser.byId("code").sendKeys(Totp.code(secret, Instant.now(), 6));
            browser.navigate(By.cssSelector("form button[type=submit]"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            browser.navigate(By.linkText("Auditoría de lectores de matrículas"));
            check(browser, "omb-overview");
            browser.navigate(By.cssSelector("a[href='/staff/surveillance/imports/" + log.importId() + "']"));
            assertThat(browser.mainText()).contains("Búsquedas por tipo de agencia y señal", "Búsquedas señaladas");
            check(browser, "omb-import");

            new Select(browser.byId("filter-rule")).selectByValue(AuditRule.IMMIGRATION_REASON.name());
            browser.navigate(By.cssSelector(".surveillance-filters button"));
            assertThat(browser.mainText()).contains("ICE");
            check(browser, "omb-import-immigration");

            // A flagged count of the burst agency leads to its review case's searches, and from there to the case.
            browser.navigate(By.xpath("//table//th[normalize-space()='Riverside County CA SO']/ancestor::tr"
                    + "//a[normalize-space()='120']"));
            assertThat(browser.mainText()).contains("Búsquedas señaladas de un caso de revisión", "120 búsqueda(s)");
            check(browser, "omb-case-searches");
            browser.navigate(By.linkText("Volver al caso"));
            assertThat(browser.mainText()).contains("La auditoría de los lectores de placas señaló búsquedas");
            check(browser, "omb-review-case");
        }
    }

    /** Authenticator secrets of the accounts made here: every role signs in with a code (issue 18). */
    private final java.util.Map<String, byte[]> secrets = new java.util.HashMap<>();

    private String account(StaffRole role, String department) {
        String userId = "alpr-" + role.name().toLowerCase().substring(0, 4) + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(new StaffMember(userId, "Browser " + role, role, department), PASSWORD, false, "test");
        Awaitility.await().until(() -> accounts.find(userId).isPresent());
        if (role != StaffRole.OMBUDSPERSON) {
            byte[] secret = StaffAccounts.newTotpSecret();
            accounts.enrollTotp(userId, secret);
            Awaitility.await().until(() -> accounts.find(userId).orElseThrow().totpSecret() != null);
            secrets.put(userId, secret);
        }
        return userId;
    }

    private void signIn(Browser browser, String userId) {
        browser.get("/login");
        browser.byId("username").sendKeys(userId);
        browser.byId("password").sendKeys(PASSWORD);
        browser.navigate(By.cssSelector("form button[type=submit]"));
        browser.byId("code").sendKeys(Totp.code(secrets.get(userId), Instant.now(), 6));
        browser.navigate(By.cssSelector("form button[type=submit]"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
    }

    private static void check(Browser browser, String name) {
        browser.assertAccessible(name);
        browser.screenshot("surveillance-" + name);
    }
}
