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
 * nothing more is filed, and the page shows the same receipt code again (JOURNEYS: refreshing never files twice and
 * never loses the code).
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
    void refreshing_the_receipt_page_files_nothing_more_and_keeps_the_code() {
        String narrative = "Recargué la página del recibo " + UUID.randomUUID();
        try (Browser browser = Browser.open(port, Browser.PHONE, "es")) {
            browser.get("/complaints/new?lang=es");
            browser.byId("narrative").sendKeys(narrative);
            browser.byId("anonymous-yes").click();
            browser.byId("allegation-OTHER").click();
            browser.navigate(browser.byId("send"));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Recibimos su queja");
            String code = browser.byId("receipt-code").getText();
            assertThat(code).matches("\\d{4}(-\\d{4}){4}");
            assertThat(filed(narrative)).isEqualTo(1);

            browser.refresh();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Recibimos su queja");
            assertThat(browser.byId("receipt-code").getText()).isEqualTo(code);
            browser.assertAccessible("recibo tras recargar");
            browser.screenshot("intake-receipt-refreshed-es");
            assertThat(filed(narrative)).isEqualTo(1);
        }
    }
}
