package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanctuaryoversight.app.support.Browser;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 22, second "done when": a resident files a complaint through the form in Arabic (right to left) and in Chinese,
 * in their own script, and follows up on the status page in the same language; axe-core finds no violation on any of
 * those pages; phone-width screenshots go to target/screenshots for a person to look at (never committed).
 */
@OversightTest
class ResidentLanguagesBrowserTest {

    @LocalServerPort
    int port;

    @BeforeAll
    static void requireChromium() {
        Browser.requireChromium();
    }

    @Test
    void a_resident_files_in_arabic_right_to_left_and_follows_up_in_arabic() {
        journey("ar", "ar", "rtl", "طلب مني الضابط أوراقي في المكتبة العامة " + UUID.randomUUID(),
                "هل هناك أي جديد بخصوص شكواي؟ " + UUID.randomUUID());
    }

    @Test
    void a_resident_who_asks_for_zh_cn_files_in_simplified_chinese_and_follows_up_in_chinese() {
        journey("zh-CN", "zh-Hans", "ltr", "警察在图书馆门口问我要证件，我很害怕。" + UUID.randomUUID(),
                "我的投诉有新进展吗？" + UUID.randomUUID());
    }

    private void journey(String asked, String tag, String direction, String narrative, String reply) {
        try (Browser resident = Browser.open(port, Browser.PHONE, asked)) {
            // The language list's link (headless Chromium does not pass its --lang on as Accept-Language); the choice
            // then follows the resident by its cookie.
            resident.get("/?lang=" + asked);
            assertPage(resident, tag, direction);
            resident.assertAccessible(tag + " home");
            resident.screenshot("languages-" + tag + "-home-phone");

            resident.get("/complaints/new");
            assertPage(resident, tag, direction);
            resident.assertAccessible(tag + " form");
            // A first attempt without a violation type: the error summary and the field error, input kept.
            resident.byId("narrative").sendKeys(narrative);
            resident.byId("anonymous-yes").click();
            resident.navigate(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])"));
            assertPage(resident, tag, direction);
            assertThat(resident.byId("allegations-error").isDisplayed()).isTrue();
            assertThat(resident.byId("narrative").getAttribute("value")).isEqualTo(narrative);
            resident.assertAccessible(tag + " form with errors");
            resident.screenshot("languages-" + tag + "-form-errors-phone");

            resident.byId("allegation-OTHER").click();
            resident.navigate(By.cssSelector("form[action='/complaints'] button[type=submit]:not([name])"));
            assertPage(resident, tag, direction);
            String code = resident.text(By.id("receipt-code"));
            assertThat(code).matches("\\d{4}(-\\d{4}){4}");
            assertThat(resident.byId("receipt-code").getAttribute("dir")).as("the code reads left to right").isEqualTo("ltr");
            resident.assertAccessible(tag + " receipt");
            resident.screenshot("languages-" + tag + "-receipt-phone");

            resident.get("/status");
            assertPage(resident, tag, direction);
            resident.byId("receiptCode").sendKeys(code);
            resident.navigate(By.cssSelector("form[action='/status'] button"));
            assertPage(resident, tag, direction);
            assertThat(resident.findAll(By.id("complaint-status"))).hasSize(1);
            resident.byId("message").sendKeys(reply);
            resident.navigate(By.cssSelector("form[action='/status/messages'] button"));
            assertPage(resident, tag, direction);
            assertThat(resident.mainText()).contains(reply);
            resident.assertAccessible(tag + " status with a message");
            resident.screenshot("languages-" + tag + "-status-phone");

            // The status page's language buttons keep the complaint open.
            resident.navigate(By.id("language-en"));
            assertPage(resident, "en", "ltr");
            assertThat(resident.mainText()).contains(reply);
        }
    }

    private static void assertPage(Browser resident, String tag, String direction) {
        assertThat(resident.find(By.tagName("html")).getAttribute("lang")).isEqualTo(tag);
        assertThat(resident.find(By.tagName("html")).getAttribute("dir")).isEqualTo(direction);
    }
}
