package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A resident files in Spanish on a phone, then refreshes the receipt page (the browser posts the form again):
 * nothing more is filed, and the page says, in Spanish, that the complaint was already received.
 */
@OversightTest
class ReceiptRefreshBrowserTest {

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

    long filed(String narrative) {
        return StoredEvents.complaintsFiledWith(narrative, database, serializer, vault);
    }

    @Test
    void refreshing_the_receipt_page_files_nothing_more_and_says_the_complaint_was_already_received() {
        String narrative = "Recargué la página del recibo " + UUID.randomUUID();
        try (Browser browser = Browser.open(port, Browser.PHONE, "es")) {
            browser.get("/complaints/new?lang=es");
            browser.byId("narrative").sendKeys(narrative);
            browser.byId("anonymous-yes").click();
            browser.byId("allegation-OTHER").click();
            browser.navigate(browser.byId("send"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Recibimos su queja");
            assertThat(browser.byId("receipt-code").getText()).matches("\\d{4}(-\\d{4}){4}");
            assertThat(filed(narrative)).isEqualTo(1);

            browser.refresh();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Su queja ya fue recibida");
            assertThat(browser.mainText()).contains("no se presentó nada por segunda vez")
                    .doesNotContain("Recibimos su queja");
            assertThat(browser.findAll(By.id("receipt-code"))).isEmpty();
            browser.assertAccessible("queja ya recibida");
            browser.screenshot("intake-already-received-es");
            assertThat(filed(narrative)).isEqualTo(1);
        }
    }
}
