package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.web.Languages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 22: every public page speaks every public language (right to left for Arabic and Persian), offers the whole
 * language list in each language's own name, says when its translation is not reviewed yet, and keeps the choice;
 * staff pages fall back to English; complaints are accepted in any script and keep the language they were filed in.
 */
@OversightTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "oversight.intake.rate-limit-requests=3")
class ResidentLanguagesTest {

    static final List<String> PUBLIC_PAGES = List.of("/", "/complaints/new", "/status", "/privacy", "/accessibility",
            "/register", "/reports");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;

    @Test
    void every_public_page_in_arabic_and_persian_is_right_to_left_with_the_language_list_and_the_unreviewed_notice()
            throws Exception {
        for (String tag : List.of("ar", "fa")) {
            for (String path : PUBLIC_PAGES) {
                String page = page(get(path).header("Accept-Language", tag + ",en;q=0.5"), 200).replaceAll("\\s+", " ");
                assertThat(page).as(path).contains("<html lang=\"" + tag + "\" dir=\"rtl\"").contains("id=\"translation-notice\"");
                if (path.equals("/complaints/new")) {
                    // the form's list is the form's own buttons, so switching keeps what was typed (IntakePagesTest)
                    org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page);
                    for (Languages.Language language : Languages.PUBLIC) {
                        assertThat(form.select("nav.languages button[name=lang][value=" + language.tag() + "][lang="
                                + language.tag() + "]").text()).as(path + " lists " + language.tag())
                                .isEqualTo(language.ownName());
                    }
                    assertThat(form.select("nav.languages button[aria-current=true][lang=" + tag + "][dir=rtl]"))
                            .as(path + " marks the current language").hasSize(1);
                    continue;
                }
                for (Languages.Language language : Languages.PUBLIC) {
                    assertThat(page).as(path + " lists " + language.tag())
                            .contains("?lang=" + language.tag() + "\" lang=\"" + language.tag() + "\" hreflang=\""
                                    + language.tag() + "\"")
                            .contains(">" + language.ownName() + "</a>");
                    assertThat(page).as(path + " marks the current language").contains("hreflang=\"" + tag + "\" dir=\"rtl\" aria-current=\"true\"");
                }
            }
        }
    }

    @Test
    void the_khmer_font_is_served_from_here_for_khmer_text_only_with_its_licence() throws Exception {
        MockHttpServletResponse font = mvc.perform(get("/css/fonts/NotoSansKhmer-Regular.ttf")).andReturn().getResponse();
        assertThat(font.getStatus()).isEqualTo(200);
        // the shipped TrueType font (sfnt version 1.0), not a page
        assertThat(java.util.Arrays.copyOf(font.getContentAsByteArray(), 4)).containsExactly(0, 1, 0, 0);
        try (var shipped = getClass().getResourceAsStream("/static/css/fonts/NotoSansKhmer-Regular.ttf")) {
            assertThat(font.getContentAsByteArray()).isEqualTo(shipped.readAllBytes());
        }
        assertThat(mvc.perform(get("/css/fonts/OFL.txt")).andReturn().getResponse().getContentAsString())
                .contains("Noto Sans Khmer").contains("SIL Open Font License");
        String css = mvc.perform(get("/css/site.css")).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(css).contains("url(\"fonts/NotoSansKhmer-Regular.ttf\")").contains("unicode-range: U+1780-17FF, U+19E0-19FF;")
                .contains(":lang(km) { font-family:").doesNotContainPattern("url\\([\"']?(https?:)?//");
        String page = page(get("/").header("Accept-Language", "en"), 200).replaceAll("\\s+", " ");
        assertThat(page).contains("lang=\"km\" hreflang=\"km\"").contains("href=\"/css/site.css\"");
    }

    @Test
    void english_and_spanish_pages_are_left_to_right_and_reviewed() throws Exception {
        assertThat(page(get("/").header("Accept-Language", "es-MX"), 200))
                .contains("<html lang=\"es\" dir=\"ltr\"").doesNotContain("id=\"translation-notice\"");
        assertThat(page(get("/complaints/new"), 200))
                .contains("<html lang=\"en\" dir=\"ltr\"").doesNotContain("id=\"translation-notice\"");
    }

    @Test
    void the_switch_chooses_by_full_tag_and_the_cookie_keeps_the_choice() throws Exception {
        MockHttpServletResponse switched = mvc.perform(get("/privacy?lang=zh-TW")).andReturn().getResponse();
        assertThat(switched.getContentAsString()).contains("<html lang=\"zh-Hant\" dir=\"ltr\"");
        Cookie chosen = switched.getCookie("lang");
        assertThat(chosen.getValue()).isEqualTo("zh-Hant");
        assertThat(page(get("/status").cookie(chosen).header("Accept-Language", "es"), 200))
                .contains("<html lang=\"zh-Hant\"");
        assertThat(page(get("/?lang=zh-Hans"), 200)).contains("<html lang=\"zh-Hans\"");
        assertThat(page(get("/?lang=klingon").header("Accept-Language", "ko"), 200)).contains("<html lang=\"ko\"");
    }

    @Test
    void department_names_and_opening_hours_speak_the_page_language_chinese_by_its_script() throws Exception {
        org.jsoup.nodes.Document vietnamese = org.jsoup.Jsoup.parse(page(get("/complaints/new?lang=vi"), 200));
        assertThat(vietnamese.select("label[for=department-police]").text()).isEqualTo("Sở Cảnh sát");
        assertThat(vietnamese.select("footer").text()).contains("Thứ Hai đến Thứ Sáu");
        assertThat(org.jsoup.Jsoup.parse(page(get("/complaints/new?lang=zh-Hant"), 200))
                .select("label[for=department-sheriff]").text()).isEqualTo("縣治安官辦公室及縣監獄");
        assertThat(org.jsoup.Jsoup.parse(page(get("/complaints/new?lang=zh-Hans"), 200))
                .select("label[for=department-sheriff]").text()).isEqualTo("县治安官办公室及县监狱");
        assertThat(org.jsoup.Jsoup.parse(page(get("/register?lang=ko"), 200)).select("select#filter-department option")
                .eachText()).contains("경찰국");
    }

    @Test
    void a_staff_page_asked_in_arabic_is_shown_in_english_left_to_right() throws Exception {
        assertThat(page(get("/login?lang=ar"), 200)).contains("<html lang=\"en\" dir=\"ltr\"")
                .doesNotContain("id=\"translation-notice\"");
    }

    @Test
    void error_pages_speak_the_persons_language() throws Exception {
        assertThat(served("GET", "/complaints/no-such-page", "fa", 404)).contains("<html lang=\"fa\" dir=\"rtl\"");
        assertThat(served("GET", "/complaints/received", "ja", 405)).contains("<html lang=\"ja\" dir=\"ltr\"");
        assertThat(served("GET", "/no-such-page", "ar", 403)).contains("<html lang=\"ar\" dir=\"rtl\"");
    }

    @Test
    void a_complaint_in_arabic_or_chinese_script_is_filed_keeps_its_language_and_the_receipt_code_stays_left_to_right()
            throws Exception {
        String arabic = "طلب مني الضابط أوراقي في المكتبة " + UUID.randomUUID();
        String receipt = page(post("/complaints").with(csrf()).header("Accept-Language", "ar")
                .param("submissionToken", FormTokens.fresh()).param("narrative", arabic)
                .param("allegations", "OTHER").param("anonymous", "yes"), 200);
        assertThat(receipt).contains("<html lang=\"ar\" dir=\"rtl\"").contains("id=\"receipt-code\" dir=\"ltr\"")
                // the receipt page's language list keeps the code: buttons of a form that posts it back
                .contains("name=\"lang\" value=\"zh-Hant\"").doesNotContain("class=\"languages\"");
        String chinese = "警察在图书馆问我的证件 " + UUID.randomUUID();
        page(post("/complaints").with(csrf()).cookie(new Cookie("lang", "zh-Hans"))
                .param("submissionToken", FormTokens.fresh()).param("narrative", chinese)
                .param("allegations", "OTHER").param("anonymous", "yes"), 200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                database.getCollection("complaint_status").distinct("language", String.class).into(new java.util.ArrayList<>()))
                .contains("ar", "zh-Hans"));
    }

    @Test
    void the_too_many_attempts_page_is_in_the_persons_language_then_english_and_spanish() throws Exception {
        String page = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            page = mvc.perform(post("/status").with(csrf()).header("Accept-Language", "ar")
                    .with(request -> {
                        request.setRemoteAddr("10.22.0.1");
                        return request;
                    }).param("receiptCode", "1")).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">")
                .contains("<div lang=\"en\" dir=\"ltr\"><h2>Too many attempts</h2>")
                .contains("<div lang=\"es\" dir=\"ltr\"><h2>Demasiados intentos</h2>");
    }

    /** Error pages are rendered by the servlet container's error dispatch, which MockMvc does not run: a real request. */
    private String served(String method, String path, String language, int status) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                        .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                        .header("Accept-Language", language).header("Accept", "text/html").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }
}
