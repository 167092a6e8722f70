package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StaffBrowsers;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * JOURNEYS.md, "Resident" 1: someone who has typed a long account and then picks their language (the list at the top
 * of the page) finds it still there, in a page in that language, with nothing filed; the form then files it once. At
 * phone width in Spanish and at desktop width in Arabic (right to left), without JavaScript doing any of it.
 */
@OversightTest
class FormLanguageSwitchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void switching_language_on_the_form_keeps_the_typed_account_and_files_nothing() {
        switchAndFile("es", "Presentar una queja", Browser.PHONE, "phone");
        switchAndFile("ar", "تقديم شكوى", Browser.DESKTOP, "desktop");
    }

    private void switchAndFile(String language, String title, int width, String device) {
        String marker = UUID.randomUUID().toString();
        String account = "At the bus stop an officer asked where I was born " + marker
                + ".\nI said nothing and he wrote something down.\nI am afraid to go back there.";
        try (Browser resident = Browser.open(port, width, "en")) {
            resident.get("/complaints/new?lang=en");
            resident.byId("narrative").sendKeys(account);
            resident.byId("location").sendKeys("Bus stop, Fifth and Main");
            resident.byId("allegation-OTHER").click();
            resident.byId("anonymous-yes").click();
            assertThat(resident.findAll(By.cssSelector("nav.languages a"))).as("no link that would lose the account")
                    .isEmpty();
            resident.screenshot("form-before-language-switch-" + device);

            resident.navigate(By.id("language-" + language));
            assertThat(resident.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(resident.text(By.tagName("h1"))).isEqualTo(title);
            assertThat(resident.byId("narrative").getAttribute("value")).isEqualTo(account);
            assertThat(resident.byId("location").getAttribute("value")).isEqualTo("Bus stop, Fifth and Main");
            assertThat(resident.byId("allegation-OTHER").isSelected()).isTrue();
            assertThat(resident.byId("anonymous-yes").isSelected()).isTrue();
            assertThat(resident.findAll(By.cssSelector(".field-error, .error-summary"))).as("no validation").isEmpty();
            assertThat(filedWith(marker)).as("nothing filed").isZero();
            resident.assertAccessible("complaint form switched to " + language);
            resident.screenshot("form-after-language-switch-" + language + "-" + device);

            resident.navigate(By.id("send"));
            assertThat(resident.text(By.id("receipt-code"))).matches("\\d{4}(-\\d{4}){4}");
            assertThat(filedWith(marker)).isEqualTo(1);
        }
    }

    /**
     * JOURNEYS.md, "Office staff": an investigator typing a complaint taken by phone switches the staff pages to
     * Spanish (the header's switch, a button of the intake form) and finds the account, the channel and the choices
     * still there, nothing filed; the form then files it once. Looked at at desktop and phone width.
     */
    @Test
    void switching_language_on_the_staff_intake_form_keeps_the_typed_complaint_and_files_nothing() {
        StaffBrowsers staff = new StaffBrowsers(accounts);
        String marker = UUID.randomUUID().toString();
        String account = "Caller: a deputy asked her son at the fair where he was born " + marker
                + ".\nShe will call again with the date.";
        try (Browser investigator = staff.signIn(port, staff.account(StaffRole.INVESTIGATOR, null))) {
            investigator.get("/staff/intake?lang=en");
            investigator.byId("channel-PHONE").click();
            investigator.byId("narrative").sendKeys(account);
            investigator.byId("location").sendKeys("County fair, east gate");
            investigator.byId("allegation-OTHER").click();
            investigator.byId("anonymous-yes").click();
            assertThat(investigator.findAll(By.cssSelector("a.language-switch"))).as("no link that would lose it")
                    .isEmpty();
            investigator.screenshot("staff-intake-before-language-switch-desktop");

            investigator.navigate(By.id("language-es"));
            assertThat(investigator.find(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
            assertThat(investigator.text(By.tagName("h1"))).isEqualTo("Registrar una queja para un residente");
            assertThat(investigator.byId("narrative").getAttribute("value")).isEqualTo(account);
            assertThat(investigator.byId("location").getAttribute("value")).isEqualTo("County fair, east gate");
            assertThat(investigator.byId("channel-PHONE").isSelected()).isTrue();
            assertThat(investigator.byId("allegation-OTHER").isSelected()).isTrue();
            assertThat(investigator.byId("anonymous-yes").isSelected()).isTrue();
            assertThat(investigator.findAll(By.cssSelector(".field-error, .error-summary"))).as("no validation").isEmpty();
            assertThat(filedWith(marker)).as("nothing filed").isZero();
            assertThat(investigator.byId("language-en").getText()).isEqualTo("English");
            investigator.assertAccessible("staff intake form switched to Spanish");
            investigator.screenshot("staff-intake-after-language-switch-es-desktop");
            investigator.driver().manage().window().setSize(new Dimension(Browser.PHONE, 900));
            investigator.screenshot("staff-intake-after-language-switch-es-phone");

            investigator.navigate(By.id("send"));
            assertThat(investigator.text(By.id("receipt-code"))).matches("\\d{4}(-\\d{4}){4}");
            assertThat(filedWith(marker)).isEqualTo(1);
        }
    }

    /** Complaints whose account contains {@code marker} (a browser sends the account's line breaks as CR LF). */
    private long filedWith(String marker) {
        return StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(filed -> vault.open(filed.narrative()).orElse("").contains(marker)).count();
    }
}
