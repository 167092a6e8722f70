package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue 22: languages are matched by full tag where it matters (zh-Hans and zh-Hant are different written languages),
 * the browser's first language we speak wins, staff pages stay English/Spanish, and Spring's message lookup finds the
 * {@code _zh_Hans} bundle for the locales we resolve to.
 */
class LanguagesTest {

    @Test
    void chinese_is_matched_by_script_and_region_and_filipino_is_tagalog() {
        assertThat(tagOf("zh-Hans")).isEqualTo("zh-Hans");
        assertThat(tagOf("zh-CN")).isEqualTo("zh-Hans");
        assertThat(tagOf("zh-SG")).isEqualTo("zh-Hans");
        assertThat(tagOf("zh")).isEqualTo("zh-Hans");
        assertThat(tagOf("zh-Hant")).isEqualTo("zh-Hant");
        assertThat(tagOf("zh-TW")).isEqualTo("zh-Hant");
        assertThat(tagOf("zh-HK")).isEqualTo("zh-Hant");
        assertThat(tagOf("zh-MO")).isEqualTo("zh-Hant");
        assertThat(tagOf("zh-Hant-HK")).isEqualTo("zh-Hant");
        assertThat(tagOf("zh-Hans-HK")).isEqualTo("zh-Hans");
        assertThat(tagOf("fil")).isEqualTo("tl");
        assertThat(tagOf("fil-PH")).isEqualTo("tl");
        assertThat(tagOf("ar-EG")).isEqualTo("ar");
        assertThat(tagOf("es-MX")).isEqualTo("es");
        assertThat(Languages.match("de")).isEmpty();
        assertThat(Languages.match("")).isEmpty();
        assertThat(Languages.match("not a tag at all")).isEmpty();
    }

    @Test
    void accept_language_picks_the_first_language_we_speak() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/complaints/new");
        request.addHeader("Accept-Language", "de-DE,de;q=0.9,zh-TW;q=0.8,en;q=0.7");
        assertThat(new PageLanguageResolver().resolveLocale(request).toLanguageTag()).isEqualTo("zh-Hant");

        MockHttpServletRequest farsi = new MockHttpServletRequest("GET", "/");
        farsi.addHeader("Accept-Language", "fa-IR,en;q=0.5");
        assertThat(new PageLanguageResolver().resolveLocale(farsi).toLanguageTag()).isEqualTo("fa");

        MockHttpServletRequest none = new MockHttpServletRequest("GET", "/");
        none.addHeader("Accept-Language", "de,fr");
        assertThat(new PageLanguageResolver().resolveLocale(none).toLanguageTag()).isEqualTo("en");
    }

    @Test
    void a_staff_page_asked_in_a_public_only_language_is_english_and_spanish_stays_spanish() {
        MockHttpServletRequest staff = new MockHttpServletRequest("GET", "/staff/cases");
        staff.addHeader("Accept-Language", "ar");
        assertThat(new PageLanguageResolver().resolveLocale(staff)).isEqualTo(Locale.ENGLISH);

        MockHttpServletRequest spanish = new MockHttpServletRequest("GET", "/login");
        spanish.addHeader("Accept-Language", "es-MX");
        assertThat(new PageLanguageResolver().resolveLocale(spanish).toLanguageTag()).isEqualTo("es");
    }

    @Test
    void the_switch_stores_the_matched_language_and_a_forged_cookie_is_matched_not_trusted() throws Exception {
        PageLanguageResolver resolver = new PageLanguageResolver();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/status");
        request.setParameter("lang", "zh-TW");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SupportedLanguagesOnly(resolver).preHandle(request, response, new Object());
        assertThat(resolver.resolveLocale(request).toLanguageTag()).isEqualTo("zh-Hant");
        assertThat(response.getCookie("lang").getValue()).isEqualTo("zh-Hant");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/");
        forged.setCookies(new jakarta.servlet.http.Cookie("lang", "de"));
        assertThat(new PageLanguageResolver().resolveLocale(forged)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void springs_message_lookup_finds_the_script_bundles_for_the_locales_we_resolve_to() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("language-probe/probe");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage("probe", null, Locale.forLanguageTag("zh-Hans"))).isEqualTo("简体");
        assertThat(messages.getMessage("probe", null, Locale.forLanguageTag("zh-Hant"))).isEqualTo("繁體");
        assertThat(messages.getMessage("probe", null, Locale.forLanguageTag("zh-CN"))).isEqualTo("简体");
        assertThat(messages.getMessage("probe", null, Locale.forLanguageTag("zh-TW"))).isEqualTo("繁體");
        assertThat(messages.getMessage("probe", null, Languages.match("fil").orElseThrow().locale())).isEqualTo("Tagalog");
        assertThat(messages.getMessage("probe", null, Locale.forLanguageTag("ar"))).isEqualTo("English");
    }

    private static String tagOf(String wanted) {
        return Languages.match(wanted).orElseThrow().tag();
    }
}
