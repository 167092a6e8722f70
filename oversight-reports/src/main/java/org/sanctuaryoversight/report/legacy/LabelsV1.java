package org.sanctuaryoversight.report.legacy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the bundle in one language, from {@code org/sanctuaryoversight/report/bundle*.properties}.
 * Looked up without falling back to the JVM's default locale, so a bundle renders the same on any machine.
 */
final class LabelsV1 {

    static final List<String> LANGUAGES = List.of("en", "es");

    private final String language;
    private final ResourceBundle bundle;

    LabelsV1(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("org.sanctuaryoversight.report.legacy.bundle-v1",
                language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String language() {
        return language;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A label for a code (a column, a measure, a key value), or the code itself when the bundle has none. */
    String label(String prefix, String code) {
        try {
            return bundle.getString(prefix + "." + code);
        } catch (MissingResourceException e) {
            return code.replace('_', ' ');
        }
    }

    String title(TableV1 table) {
        return language.equals("es") ? table.titleEs() : table.titleEn();
    }

    String figure(FigureV1 figure) {
        if (FigureV1.COMPLEMENTARY.equals(figure.suppression())) {
            return text("figure.withheld");
        }
        if (figure.value() == null && figure.low() == null && figure.decimal() == null) {
            return text("figure.notApplicable");
        }
        return figure.text();
    }
}
