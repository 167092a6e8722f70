package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident files a complaint in Spanish with a real browser (Debian's headless Chromium), reads the
 * receipt code, opens the status page with it, writes to the office and sees the message listed. Every
 * public page is checked with axe-core against WCAG 2.2 AA, and the application's log output during the
 * whole journey is checked for the narrative, contact data, receipt code and client address.
 */
@OversightTest
@ExtendWith(OutputCaptureExtension.class)
class IntakeBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static WebDriver browser;
    static String axeSource;

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (.ci/run installs them)");
        try (InputStream axe = IntakeBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=412,915", "--lang=es");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** A small PNG on disk, for the file input. */
    static Path photo() {
        try {
            Path file = Files.createTempFile("foto-", ".png");
            file.toFile().deleteOnExit();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void a_resident_files_in_spanish_follows_up_with_the_receipt_code_and_writes_to_the_office(CapturedOutput output) {
        String narrative = "Un agente me preguntó dónde nací " + UUID.randomUUID();
        String email = "vecina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reply = "¿Hay novedades sobre mi queja? " + UUID.randomUUID();

        browser.get(url("/?lang=es"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertAccessible("inicio");

        navigate(browser.findElement(By.linkText("Presentar una queja")));
        assertAccessible("formulario");

        // First attempt: the narrative, contact details but no violation type: the error is shown next to the field, in Spanish, input kept.
        browser.findElement(By.id("narrative")).sendKeys(narrative);
        browser.findElement(By.id("anonymous-no")).click();
        browser.findElement(By.id("contactEmail")).sendKeys(email);
        navigate(browser.findElement(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])")));
        assertThat(browser.findElement(By.id("allegations-error")).getText())
                .isEqualTo("Elija al menos un tipo de violación (elija \"Otro\" si ninguno corresponde).");
        assertThat(browser.findElement(By.id("narrative")).getAttribute("value")).isEqualTo(narrative);
        assertThat(browser.findElement(By.id("contactEmail")).getAttribute("value")).isEqualTo(email);
        assertAccessible("formulario con errores");

        // The form's language switch keeps the input.
        navigate(browser.findElement(By.cssSelector("button[name=lang]")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("narrative")).getAttribute("value")).isEqualTo(narrative);
        navigate(browser.findElement(By.cssSelector("button[name=lang]")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        browser.findElement(By.id("allegation-INQUIRING_ABOUT_STATUS")).click();
        browser.findElement(By.id("department-police")).click();
        browser.findElement(By.id("incidentDate")).sendKeys("2026-10");
        // A photo goes with it, through the browser's real multipart post (parts, CSRF token, size limits).
        browser.findElement(By.id("attachments")).sendKeys(photo().toString());
        navigate(browser.findElement(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])")));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Recibimos su queja");
        assertThat(StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).findFirst().orElseThrow()
                .attachments()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AttachmentType.PNG));
        String receipt = browser.findElement(By.id("receipt-code")).getText();
        assertThat(receipt).matches("\\d{4}(-\\d{4}){4}");
        assertThat(browser.getCurrentUrl()).doesNotContain(receipt).doesNotContain(receipt.replace("-", ""));
        assertAccessible("confirmación");

        browser.get(url("/status"));
        assertAccessible("consulta");
        // The status read model is eventually consistent: look up again until it lists the new complaint.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
            driver.get(url("/status"));
            driver.findElement(By.id("receiptCode")).sendKeys(receipt.replace("-", " "));
            driver.findElement(By.cssSelector("form[action='/status'] button")).click();
            return !driver.findElements(By.id("complaint-status")).isEmpty();
        });
        assertThat(browser.findElement(By.id("complaint-status")).getText()).startsWith("Recibida");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Todavía no hay mensajes");
        assertAccessible("estado");

        browser.findElement(By.id("message")).sendKeys(reply);
        navigate(browser.findElement(By.cssSelector("form[action='/status/messages'] button")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Su mensaje se envió a la oficina.");
        List<WebElement> listed = browser.findElements(By.cssSelector(".intake-messages li"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getText()).contains("Usted").contains(reply);
        assertThat(browser.getCurrentUrl()).doesNotContain(receipt.replace("-", ""));
        assertAccessible("estado con mensaje");

        // An empty reply is refused next to the field, in Spanish.
        navigate(browser.findElement(By.cssSelector("form[action='/status/messages'] button")));
        assertThat(browser.findElement(By.id("message-error")).getText()).isEqualTo("Escriba un mensaje antes de enviarlo.");

        for (String page : List.of("/privacy", "/accessibility", "/?lang=en", "/privacy", "/accessibility",
                "/complaints/new", "/status")) {
            browser.get(url(page));
            assertAccessible(page);
        }

        String logs = output.getAll();
        assertThat(logs).doesNotContain(narrative).doesNotContain(email).doesNotContain(reply)
                .doesNotContain(receipt).doesNotContain(receipt.replace("-", ""))
                .doesNotContain(receipt.replace("-", " ")).doesNotContain("127.0.0.1");
    }

    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource);
        Map<String, Object> results = (Map<String, Object>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                        + ".then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' ' "
                        + "+ v.nodes.map(n => n.target.join(' ')).join(', ')), passes: r.passes.length}))"
                        + ".catch(e => done({error: String(e)}));", WCAG_TAGS);
        assertThat(results).as("axe on %s", page).doesNotContainKey("error");
        assertThat((List<String>) results.get("violations")).as("WCAG 2.2 AA violations on %s", page).isEmpty();
        assertThat(((Number) results.get("passes")).intValue()).as("axe checks that ran on %s", page).isPositive();
    }

    /** Clicks something that loads a new page and waits until the old page is gone, so the next lookup reads the new one. */
    void navigate(WebElement trigger) {
        WebElement page = browser.findElement(By.tagName("html"));
        trigger.click();
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
        new WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }
}
