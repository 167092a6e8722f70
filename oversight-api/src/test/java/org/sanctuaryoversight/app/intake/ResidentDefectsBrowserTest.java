package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Defects a resident met on the public pages (issue 16): the receipt page's language switch keeps the receipt code,
 * and the "too many attempts" page names the office's real phone number, from the settings, in both languages.
 */
@OversightTest
@TestPropertySource(properties = {"oversight.intake.rate-limit-requests=4", "oversight.office.phone=(555) 867-5309"})
class ResidentDefectsBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void switching_language_on_the_receipt_page_keeps_the_code() {
        try (Browser resident = Browser.open(port, Browser.PHONE, "es")) {
            resident.get("/complaints/new?lang=es");
            resident.byId("narrative").sendKeys("Me pidieron papeles en la biblioteca " + UUID.randomUUID());
            resident.byId("anonymous-yes").click();
            resident.byId("allegation-OTHER").click();
            resident.navigate(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])"));
            String code = resident.text(By.id("receipt-code"));
            assertThat(code).matches("\\d{4}(-\\d{4}){4}");
            assertThat(resident.findAll(By.cssSelector("nav.languages a"))).as("no link that would lose the code").isEmpty();

            resident.navigate(By.id("language-en"));
            assertThat(resident.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(resident.text(By.tagName("h1"))).isEqualTo("Your complaint was received");
            assertThat(resident.text(By.id("receipt-code"))).isEqualTo(code);
            assertThat(resident.mainText()).doesNotContain("Nothing was stored");
            resident.assertAccessible("receipt, switched to English");
            resident.screenshot("receipt-switched-phone");
        }
    }

    @Test
    void the_too_many_attempts_page_gives_the_offices_phone_from_the_settings() {
        try (Browser resident = Browser.open(port, Browser.PHONE, "en")) {
            for (int attempt = 0; attempt < 5; attempt++) {
                resident.get("/status");
                resident.byId("receiptCode").sendKeys("1111 2222 3333 4444 5555");
                resident.navigate(By.cssSelector("form[action='/status'] button"));
            }
            assertThat(resident.text(By.tagName("h1"))).isEqualTo("Too many attempts");
            assertThat(resident.findAll(By.cssSelector("a.office-phone"))).hasSize(2)
                    .allSatisfy(phone -> assertThat(phone.getText()).isEqualTo("(555) 867-5309"));
            resident.screenshot("too-many-attempts-phone");
        }
    }
}
