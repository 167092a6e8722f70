package org.sanctuaryoversight.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * JOURNEYS.md, "Public, press, council": a person checking a signature finds the office's key fingerprint once, in
 * the key section with the key and the commands, and the page's introduction points there instead of repeating it
 * (two copies of a long hex string invite comparing the wrong one). Each version still names the key it was signed
 * with, which the verification text refers to.
 */
@OversightTest
@AutoConfigureMockMvc
class ReportsPageKeyTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_fingerprint_is_shown_once_in_the_key_section_and_the_introduction_points_to_it_in_every_language()
            throws Exception {
        for (Languages.Language language : Languages.PUBLIC) {
            String html = mvc.perform(get("/reports").param("lang", language.tag())).andReturn().getResponse()
                    .getContentAsString();
            Document page = Jsoup.parse(html);
            Element keySection = page.selectFirst("main section[aria-labelledby=office-key]");
            assertThat(keySection).as(language.tag()).isNotNull();
            String fingerprint = keySection.select("code.fingerprint").text();
            assertThat(fingerprint).as(language.tag()).isNotBlank();

            // once in the page, leaving out each version's own "signed with" line
            page.select(".signed-by").remove();
            String text = page.selectFirst("main").text();
            assertThat(text.split(java.util.regex.Pattern.quote(fingerprint), -1)).as(language.tag()).hasSize(2);
            assertThat(page.select("main code.fingerprint")).as(language.tag()).hasSize(1);

            Element pointer = page.selectFirst("main > p.key-summary");
            assertThat(pointer).as(language.tag()).isNotNull();
            assertThat(pointer.select("a[href=#office-key]").text()).as(language.tag())
                    .isEqualTo(page.getElementById("office-key").text());
            assertThat(pointer.text()).as(language.tag()).doesNotContain("??").doesNotContain(fingerprint);
        }
    }
}
