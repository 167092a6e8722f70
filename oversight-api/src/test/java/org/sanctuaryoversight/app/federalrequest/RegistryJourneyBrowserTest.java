package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sanctuaryoversight.app.support.Pdfs;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StaffBrowsers;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registry's journey through the pages, no JSON (JOURNEYS.md, "Department liaison" and "Ombudsperson" 4): the
 * jail's liaison documents an ICE detainer honoured on the detainer alone, with a copy of it, through the form; the
 * ombudsperson finds it on the work list naming the rule, opens the flagged review case, goes from the case page to
 * the request and approves its public summary; the public sees the record and its flag on {@code /register} and in
 * its CSV. Every page shows the new state right after the action; axe-core finds nothing on the pages visited.
 */
@OversightTest
class RegistryJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @TempDir
    Path files;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void a_detainer_honoured_without_a_judicial_warrant_goes_from_the_jail_to_the_public_register() throws Exception {
        StaffBrowsers staff = new StaffBrowsers(accounts);
        String liaisonId = staff.account(StaffRole.DEPARTMENT_LIAISON, "sheriff");
        String ombudId = staff.account(StaffRole.OMBUDSPERSON, null);
        String description = "ICE asked the jail to hold a person 48 hours past their release " + UUID.randomUUID();
        String summary = "ICE asked the county jail to hold a person past release on a detainer; the jail held them. "
                + UUID.randomUUID();
        Path copy = Files.write(files.resolve("detainer-copy.pdf"),
                Pdfs.onePage("detainer form, the person's details blacked out"));

        try (Browser liaison = staff.signIn(port, liaisonId);
             Browser ombud = staff.signIn(port, ombudId);
             Browser visitor = Browser.open(port, Browser.PHONE, "en")) {

            // ---- the jail's liaison documents the request, with a copy of the detainer
            liaison.navigate(By.cssSelector("nav a[href='/staff/registry']"));
            liaison.assertAccessible("registry list, liaison");
            liaison.navigate(By.id("document-new"));
            assertThat(new Select(liaison.byId("department")).getFirstSelectedOption().getText())
                    .isEqualTo("Sheriff's Department and County Jail");
            setValue(liaison, liaison.byId("receivedAt"),
                    LocalDateTime.now(ZoneOffset.UTC).minusHours(5).truncatedTo(ChronoUnit.MINUTES).toString());
            new Select(liaison.byId("agency")).selectByValue("ICE_ERO");
            new Select(liaison.byId("channel")).selectByValue("LETTER_OR_FAX");
            liaison.byId("type-DETAINER_HOLD").click();
            liaison.byId("document-DETAINER").click();
            liaison.byId("response-COMPLIED").click();
            liaison.byId("description").sendKeys(description);
            liaison.byId("justification").sendKeys("The watch commander honoured the detainer.");
            liaison.byId("documents-files").sendKeys(copy.toAbsolutePath().toString());
            liaison.byId("documents-redacted").click();
            liaison.assertAccessible("documentation form");
            fullPage(liaison, "registry-01-form-desktop");
            liaison.navigate(By.cssSelector("form#form button[type=submit]"));
            assertThat(liaison.text(By.cssSelector("[role=status]"))).contains("The request is documented")
                    .contains("a review case was opened");
            String recordLink = liaison.byId("documented-record").getAttribute("href");
            String requestId = recordLink.substring(recordLink.lastIndexOf('/') + 1);
            liaison.navigate(By.id("documented-record"));
            assertThat(liaison.text(By.id("flags"))).contains("Detainer honoured without a judicial warrant");
            assertThat(liaison.text(By.id("documents"))).contains("Document 1");
            liaison.assertAccessible("record page, liaison");

            // ---- the ombudsperson's work list names what waits; the list names the rule
            ombud.get("/staff");
            assertThat(ombud.mainText()).containsPattern("\\d+ flagged federal requests? awaiting your approval");
            ombud.assertAccessible("work list");
            fullPage(ombud, "registry-02-work-list-desktop");
            ombud.navigate(By.cssSelector("main a[href='/staff/registry?flagged=true&awaiting=true']"));
            WebElement row = ombud.find(By.cssSelector("a[data-request='" + requestId + "']"))
                    .findElement(By.xpath("ancestor::tr"));
            assertThat(row.getText()).contains("Sheriff's Department and County Jail",
                    "Detainer honoured without a judicial warrant", "Awaiting the office's approval");
            ombud.assertAccessible("registry list, flagged");

            // ---- the flagged review case names the rule and its clause, and leads to the request
            ombud.navigate(By.cssSelector("nav a[href='/staff/cases']"));
            new Select(ombud.byId("department")).selectByValue("sheriff");
            ombud.navigate(By.cssSelector("form.casework-filters button[type=submit]"));
            ombud.navigate(By.cssSelector("a[href='/staff/cases/review-" + requestId + "']"));
            assertThat(ombud.text(By.id("review-reason"))).contains("Restriction on Use of County Law Enforcement Resources")
                    .contains("A detainer, hold or transfer of custody was honoured (the department complied, on a detainer)");
            ombud.assertAccessible("review case");
            fullPage(ombud, "registry-03-review-case-desktop");
            ombud.navigate(By.cssSelector("#review a[href='/staff/registry/" + requestId + "']"));
            assertThat(ombud.text(By.id("flags"))).contains("Detainer honoured without a judicial warrant",
                    "Ordinance: Restriction on Use of County Law Enforcement Resources");
            assertThat(ombud.text(By.id("record-description"))).isEqualTo(description);

            // ---- the ombudsperson approves the public summary; the page shows it at once
            ombud.byId("publicSummary").sendKeys(summary);
            ombud.navigate(By.cssSelector("#approve button[type=submit]"));
            assertThat(ombud.text(By.id("confirmation")))
                    .isEqualTo("The public summary is approved and will appear on the public register.");
            assertThat(ombud.text(By.id("public-state"))).startsWith("Approved on");
            assertThat(ombud.text(By.id("public-summary"))).isEqualTo(summary);
            ombud.assertAccessible("record page, approved");
            fullPage(ombud, "registry-04-approved-desktop");

            // ---- the public reads the record and its flag on the register and in its CSV
            visitor.get("/register?department=sheriff");
            WebElement published = visitor.findAll(By.cssSelector("tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(summary)).findFirst().orElseThrow();
            assertThat(published.getText()).contains("Detainer honoured without a judicial warrant", "Detainer",
                    "Complied").doesNotContain(description);
            visitor.assertAccessible("public register");
            fullPage(visitor, "registry-05-register-phone");
            String csvLink = visitor.find(By.cssSelector("a[href^='/api/v1/public/federal-requests.csv']"))
                    .getAttribute("href");
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body().lines().filter(line -> line.contains(requestId)).findFirst().orElseThrow())
                    .contains(summary, "DETAINER_WITHOUT_JUDICIAL_WARRANT").doesNotContain(description);
        }
    }

    /** The whole page, not only what fits the window, for a person to look at. */
    private static void fullPage(Browser browser, String name) {
        Dimension window = browser.driver().manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollHeight;");
        browser.driver().manage().window().setSize(new Dimension(window.getWidth(), height.intValue() + 120));
        browser.screenshot(name);
        browser.driver().manage().window().setSize(window);
    }

    /** A date-time field is typed differently in every locale; the test sets its value as the form posts it. */
    private static void setValue(Browser browser, WebElement field, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
    }
}
