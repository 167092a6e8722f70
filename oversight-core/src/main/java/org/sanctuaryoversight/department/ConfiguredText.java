package org.sanctuaryoversight.department;

import java.util.Map;

/**
 * A text a city configures per language tag (a department's name, the office's opening hours), read for one reader.
 * Settings mostly give a language alone ({@code vi}); Chinese in two scripts needs the whole tag ({@code zh-Hant}).
 */
public final class ConfiguredText {

    private ConfiguredText() {
    }

    /** The text for {@code language}: its exact tag, then its language alone, then English, then {@code otherwise}. */
    public static String inLanguage(Map<String, String> texts, String language, String otherwise) {
        String exact = texts.get(language);
        if (exact != null) {
            return exact;
        }
        int dash = language.indexOf('-');
        String alone = dash < 0 ? null : texts.get(language.substring(0, dash));
        return alone != null ? alone : texts.getOrDefault("en", otherwise);
    }
}
