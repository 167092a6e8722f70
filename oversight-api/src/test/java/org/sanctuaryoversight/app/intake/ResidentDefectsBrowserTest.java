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

    /**
     * On a phone, a box sits on the line of its label and a hint goes under the label: the e-mail notice's label was
     * squeezed into a column one word wide beside its hint, and the status page's withdrawal box sat alone above
     * "I want to withdraw my complaint".
     */
    @Test
    void on_a_phone_each_box_sits_beside_its_label_and_a_hint_goes_under_it() {
        try (Browser resident = Browser.open(port, Browser.PHONE, "en")) {
            resident.get("/complaints/new");
            org.openqa.selenium.Rectangle form = resident.byId("contact").getRect();
            org.openqa.selenium.Rectangle label = resident.find(By.cssSelector("label[for=notifyByEmail]")).getRect();
            org.openqa.selenium.Rectangle hint = resident.byId("notifyByEmail-hint").getRect();
            assertThat(label.getWidth()).as("the notice's label takes the row beside its box").isGreaterThan(form.getWidth() / 2);
            assertThat(hint.getY()).as("the hint is under the label").isGreaterThanOrEqualTo(label.getY() + label.getHeight());
            resident.screenshot("notice-choice-phone");

            resident.byId("narrative").sendKeys("A guard asked for papers at the library " + UUID.randomUUID());
            resident.byId("anonymous-yes").click();
            resident.byId("allegation-OTHER").click();
            resident.navigate(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])"));
            String code = resident.text(By.id("receipt-code"));
            resident.get("/status");
            resident.byId("receiptCode").sendKeys(code);
            resident.navigate(By.cssSelector("form[action='/status'] button"));
            org.openqa.selenium.Rectangle box = resident.byId("withdraw-confirm").getRect();
            org.openqa.selenium.Rectangle words = resident.find(By.cssSelector("label[for=withdraw-confirm]")).getRect();
            assertThat(box.getY()).as("the withdrawal box is on its label's line")
                    .isBetween(words.getY() - box.getHeight(), words.getY() + words.getHeight());
            assertThat(words.getX()).as("beside the box").isGreaterThan(box.getX() + box.getWidth() - 1);
            resident.screenshot("withdraw-choice-phone");
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
