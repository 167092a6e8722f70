package org.sanctuaryoversight.app.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the templates need to know about the page's language: {@code pageLanguage} in every page's model (the tag for
 * {@code lang}, the direction for {@code dir} — Arabic and Persian read right to left —, the languages the list offers,
 * each in its own name, and whether this translation has been reviewed), and {@code @languages} for dates written the
 * reader's way. A model attribute rather than {@code @languages} in attributes: Thymeleaf refuses bean references in
 * attributes such as {@code th:dir} and {@code th:attr} (restricted expression mode).
 */
@Component("languages")
@ControllerAdvice
public class PageLanguages {

    /** The page's language as the templates read it. */
    public record PageLanguage(String tag, String dir, boolean reviewed, List<Languages.Language> all) {

        /** What the staff header's switch offers: Spanish on an English page, English on a Spanish one. */
        public Languages.Language staffSwitch() {
            String other = "es".equals(tag) ? "en" : "es";
            return all.stream().filter(language -> language.tag().equals(other)).findFirst().orElseThrow();
        }
    }

    private final LanguageProperties properties;

    PageLanguages(LanguageProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("pageLanguage")
    public PageLanguage pageLanguage(Locale locale) {
        return new PageLanguage(tag(locale), dir(locale), reviewed(locale), all());
    }

    /** Every public language, in the order of the language list. */
    public List<Languages.Language> all() {
        return Languages.PUBLIC;
    }

    public Languages.Language of(Locale locale) {
        return Languages.of(locale);
    }

    public String tag(Locale locale) {
        return Languages.of(locale).tag();
    }

    public String dir(Locale locale) {
        return Languages.of(locale).rightToLeft() ? "rtl" : "ltr";
    }

    public boolean reviewed(Locale locale) {
        return properties.reviewed().contains(Languages.of(locale).tag());
    }

    /** The day of a moment (UTC, as the public pages have always shown it), written the reader's way ("7 déc. 2026"). */
    public String day(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Languages.of(locale).locale()).withZone(ZoneOffset.UTC).format(instant);
    }

    /** A moment, as the reader's date and time in UTC, said so. */
    public String moment(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Languages.of(locale).locale()).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }
}
