package org.sanctuaryoversight.app.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which translations a fluent speaker has reviewed ({@code oversight.languages.reviewed}, language tags): pages in
 * any other language say "this translation has not been reviewed yet", so nobody takes an unchecked legal sentence
 * for the office's word. English and Spanish by default; add a tag when its review is recorded in
 * docs/translations.md.
 *
 * @param reviewed the tags of the reviewed translations, e.g. {@code en,es,vi}
 */
@ConfigurationProperties("oversight.languages")
public record LanguageProperties(List<String> reviewed) {

    public LanguageProperties {
        reviewed = reviewed == null ? List.of("en", "es") : List.copyOf(reviewed);
    }
}
