package org.sanctuaryoversight.app.web;

import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.department.ConfiguredText;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How residents reach the oversight office other than through this site ({@code oversight.office.*}): shown in every
 * public page's footer and wherever a page sends people to the office (too many attempts, accessibility help, a
 * complaint that cannot be filed online). Set them for your city; the defaults are a sample.
 *
 * @param phone   the office's phone number, as people dial it
 * @param email   an e-mail address people may write to (optional)
 * @param address the office's street address, for mail and visits
 * @param hours   opening hours by language ({@code en}, {@code es}, …); English is the fallback
 */
@ConfigurationProperties("oversight.office")
public record OfficeProperties(String phone, String email, String address, Map<String, String> hours) {

    public OfficeProperties {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
    }

    /** The opening hours in the reader's language, or in English. */
    public String hoursIn(Locale locale) {
        return ConfiguredText.inLanguage(hours, locale.toLanguageTag(), "");
    }

    public boolean hasPhone() {
        return phone != null && !phone.isBlank();
    }
}
