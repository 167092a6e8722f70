package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.app.support.StaffBrowsers;
import org.sanctuaryoversight.report.ReportsModule;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * JOURNEYS.md, "Ombudsperson" 5 and "Public, press, council": the ombudsperson previews a period's report (the real
 * page), confirms the period and version and publishes, sees the bundle being prepared and then public; a member of
 * the public, in Spanish, finds it on the reports page with its headline, reads it, compares periods and downloads
 * the files, which match the signed checksums. Every page is checked with axe-core (WCAG 2.2 AA).
 */
@OversightTest
class ReportsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    EventProcessingConfiguration processing;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void theOmbudspersonPreviewsConfirmsAndPublishesAndThePublicReadsAndDownloadsIt() throws Exception {
        StaffBrowsers staff = new StaffBrowsers(accounts);
        String ombudId = staff.account(StaffRole.OMBUDSPERSON, null);
        int period;
        try (Browser ombud = staff.signIn(port, ombudId)) {
            ombud.get("/staff/reports");
            ombud.assertAccessible("staff reports");
            // Periods are published in order: the oldest one not yet published is the one this office publishes now.
            List<WebElement> first = ombud.findAll(By.xpath("//a[starts-with(normalize-space(.), 'Preview and publish period')]"));
            assertThat(first).as("an ended, unpublished period").isNotEmpty();
            WebElement oldest = first.get(first.size() - 1);
            period = Integer.parseInt(oldest.getText().replaceAll("\\D+", ""));
            ombud.navigate(oldest);

            assertThat(ombud.mainText()).contains("Preview: period " + period + ", version 1");
            ombud.assertAccessible("preview");
            String preview = ombud.find(By.id("preview-en")).getAttribute("href");
            ombud.driver().get(preview);
            assertThat(ombud.mainText()).contains("In brief").contains("Trends").contains("Department accountability");
            assertThat(ombud.findAll(By.cssSelector("figure.chart svg[role=img]"))).hasSizeGreaterThanOrEqualTo(4);
            ombud.assertAccessible("the report as it will be published");
            ombud.driver().navigate().back();

            ombud.byId("confirm").click();
            assertThat(ombud.byId("publish").getText()).isEqualTo("Publish period " + period + ", version 1");
            try (var archiveHeldBack = Processors.holdBack(processing, ReportsModule.ARCHIVE_PROCESSING_GROUP)) {
                ombud.navigate(By.id("publish"));
                assertThat(ombud.driver().getCurrentUrl()).endsWith("/staff/reports/" + period + "/v1");
                assertThat(ombud.mainText()).contains("Period " + period + ", version 1")
                        .contains("Publishing version 1 of period " + period + ": the bundle is being prepared.")
                        .contains("This page updates itself").contains("Check again").doesNotContain("Published");
                assertThat(ombud.find(By.cssSelector("#archiving [role=status]")).getText()).startsWith("Publishing");
                holdStill(ombud);
                ombud.assertAccessible("published version, being archived");
                screenshots(ombud, "report-version-being-prepared");
                ombud.get("/staff/reports");
                By row = By.cssSelector("section[aria-labelledby='period-" + period + "']");
                assertThat(ombud.find(row).getText()).contains("Publishing version 1 of period " + period)
                        .contains("See version 1").doesNotContain("Preview and publish period " + period);
                ombud.assertAccessible("staff reports, a version being archived");
                screenshots(ombud, "staff-reports-being-archived", row);
                ombud.get("/staff/reports/" + period + "/v1");
            }
            // the page reloads itself until the archive has the version: then the confirmation
            new WebDriverWait(ombud.driver(), Duration.ofSeconds(60)).until(d -> {
                d.navigate().refresh();
                return d.findElements(By.id("archiving")).isEmpty();
            });
            assertThat(ombud.mainText()).contains("Period " + period + ", version 1").contains("Published")
                    .doesNotContain("Publishing version");
            holdStill(ombud);
            ombud.assertAccessible("published version, being prepared");
            screenshots(ombud, "report-version-confirmed");
            // the page reloads itself while the bundle is prepared; the public link appears once it is stored
            new WebDriverWait(ombud.driver(), Duration.ofSeconds(120)).until(d -> {
                if (d.findElements(By.id("public-page")).isEmpty()) {
                    d.navigate().refresh();
                    return false;
                }
                return true;
            });
            ombud.assertAccessible("published version");
            screenshots(ombud, "report-version-public");
            ombud.get("/staff/reports");
            assertThat(ombud.text(By.id("period-" + period)) + ombud.mainText()).contains("Published: version 1");
        }

        try (Browser reader = Browser.open(port, Browser.PHONE, "es")) {
            reader.get("/reports?lang=es");
            assertThat(reader.mainText()).contains("Período " + period + ":").contains("La oficina recibió")
                    .contains("Leer el informe");
            reader.assertAccessible("public reports (es)");
            reader.screenshot("reports-list-es");
            reader.navigate(By.cssSelector("a[href='/reports/" + period + "/v1/index.es.html']"));
            assertThat(reader.mainText()).contains("En resumen").contains("Tendencias")
                    .contains("Rendición de cuentas por departamento");
            reader.assertAccessible("the published report (es)");
            reader.screenshot("report-published-es");
            reader.get("/reports/compare?lang=es");
            assertThat(reader.mainText()).contains("Comparar períodos").contains("Período " + period + ":");
            reader.assertAccessible("compare periods (es)");
            reader.get("/reports?lang=en");
            reader.assertAccessible("public reports (en)");
        }

        // Downloaded as the public would: every file matches the signed checksums.
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port + "/reports/" + period + "/v1/";
        String manifest = new String(download(http, base + "SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("  report-es.pdf\n").contains("  data/trends.csv\n");
        for (String line : manifest.split("\n")) {
            String[] parts = line.split("  ", 2);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download(http, base + parts[1]))))
                    .as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(download(http, base + "bundle.zip")).isNotEmpty();
    }

    /** Stops the page's self-reload (a timer) so that axe and the screenshots read one page, not the next. */
    private static void holdStill(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "for (let id = window.setTimeout(() => {}, 0); id > 0; id--) { window.clearTimeout(id); }");
    }

    /** The page at a phone's width (390 px) and a desktop's (1280 px), for a person to look at. */
    private static void screenshots(Browser browser, String name) {
        screenshots(browser, name, By.tagName("main"));
    }

    /** The same, scrolled to what the screenshots are about. */
    private static void screenshots(Browser browser, String name, By subject) {
        for (int width : new int[] {Browser.PHONE, Browser.DESKTOP}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.find(subject));
            browser.screenshot(name + "-" + width);
        }
    }

    private static byte[] download(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }
}
