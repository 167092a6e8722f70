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
import org.junit.jupiter.api.BeforeEach;
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
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
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

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Browser.open(port, Browser.PHONE, "es");
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
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

    @Test
    void a_resident_files_in_spanish_follows_up_with_the_receipt_code_and_writes_to_the_office(CapturedOutput output) {
        String narrative = "Un agente me preguntó dónde nací " + UUID.randomUUID();
        String email = "vecina-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String reply = "¿Hay novedades sobre mi queja? " + UUID.randomUUID();

        browser.get("/?lang=es");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertAccessible("inicio");

        navigate(browser.find(By.linkText("Presentar una queja")));
        assertAccessible("formulario");

        // First attempt: the narrative, contact details but no violation type: the error is shown next to the field, in Spanish, input kept.
        browser.find(By.id("narrative")).sendKeys(narrative);
        browser.find(By.id("anonymous-no")).click();
        browser.find(By.id("contactEmail")).sendKeys(email);
        navigate(browser.find(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])")));
        assertThat(browser.find(By.id("allegations-error")).getText())
                .isEqualTo("Elija al menos un tipo de violación (elija \"Otro\" si ninguno corresponde).");
        assertThat(browser.find(By.id("narrative")).getAttribute("value")).isEqualTo(narrative);
        assertThat(browser.find(By.id("contactEmail")).getAttribute("value")).isEqualTo(email);
        assertAccessible("formulario con errores");

        // The form's language switch (the language list at the top, buttons of the form) keeps the input.
        navigate(browser.find(By.id("language-en")));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(By.id("narrative")).getAttribute("value")).isEqualTo(narrative);
        navigate(browser.find(By.id("language-es")));
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");

        browser.find(By.id("allegation-INQUIRING_ABOUT_STATUS")).click();
        browser.find(By.id("department-police")).click();
        browser.find(By.id("incidentDate")).sendKeys("2026-10");
        // A photo goes with it, through the browser's real multipart post (parts, CSRF token, size limits).
        browser.find(By.id("attachments")).sendKeys(photo().toString());
        navigate(browser.find(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])")));

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Recibimos su queja");
        assertThat(StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).findFirst().orElseThrow()
                .attachments()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(AttachmentType.PNG));
        String receipt = browser.find(By.id("receipt-code")).getText();
        assertThat(receipt).matches("\\d{4}(-\\d{4}){4}");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(receipt).doesNotContain(receipt.replace("-", ""));
        assertAccessible("confirmación");

        browser.get("/status");
        assertAccessible("consulta");
        // The status read model is eventually consistent: look up again until it lists the new complaint.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> {
            driver.get(browser.url("/status"));
            driver.findElement(By.id("receiptCode")).sendKeys(receipt.replace("-", " "));
            driver.findElement(By.cssSelector("form[action='/status'] button")).click();
            return !driver.findElements(By.id("complaint-status")).isEmpty();
        });
        assertThat(browser.find(By.id("complaint-status")).getText()).startsWith("Recibida");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Todavía no hay mensajes");
        assertAccessible("estado");

        browser.find(By.id("message")).sendKeys(reply);
        navigate(browser.find(By.cssSelector("form[action='/status/messages'] button")));
        assertThat(browser.find(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Su mensaje se envió a la oficina.");
        List<WebElement> listed = browser.findAll(By.cssSelector(".intake-messages li"));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).getText()).contains("Usted").contains(reply);
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(receipt.replace("-", ""));
        assertAccessible("estado con mensaje");

        // An empty reply is refused next to the field, in Spanish.
        navigate(browser.find(By.cssSelector("form[action='/status/messages'] button")));
        assertThat(browser.find(By.id("message-error")).getText()).isEqualTo("Escriba un mensaje antes de enviarlo.");

        for (String page : List.of("/privacy", "/accessibility", "/?lang=en", "/privacy", "/accessibility",
                "/complaints/new", "/status")) {
            browser.get(page);
            assertAccessible(page);
        }

        String logs = output.getAll();
        assertThat(logs).doesNotContain(narrative).doesNotContain(email).doesNotContain(reply)
                .doesNotContain(receipt).doesNotContain(receipt.replace("-", ""))
                .doesNotContain(receipt.replace("-", " ")).doesNotContain("127.0.0.1");
    }

    void assertAccessible(String page) {
        browser.assertAccessible(page);
        browser.screenshot("intake-" + page);
    }

    void navigate(WebElement trigger) {
        browser.navigate(trigger);
    }
}
