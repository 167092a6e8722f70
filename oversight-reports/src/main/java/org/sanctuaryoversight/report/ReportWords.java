package org.sanctuaryoversight.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of a bundle in one language ({@code bundle*.properties}) and the frozen labels of the version's codes
 * ({@link FrozenLabels}). Looked up without falling back to the JVM's default locale, so a bundle renders the same on
 * any machine.
 */
public final class ReportWords {

    private final String language;
    private final ResourceBundle bundle;
    private final FrozenLabels labels;

    public ReportWords(String language, FrozenLabels labels) {
        this.language = language;
        this.labels = labels;
        this.bundle = ResourceBundle.getBundle("org.sanctuaryoversight.report.bundle",
                language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportWords of(ReportPublishedEvent event, String language) {
        return new ReportWords(language, FrozenLabels.of(event, language));
    }

    public String language() {
        return language;
    }

    public FrozenLabels labels() {
        return labels;
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    public String title(PublishedTable table) {
        return language.equals("es") ? table.titleEs() : table.titleEn();
    }

    /** A figure as a reader of this language sees it: {@code 12}, {@code 1-10}, withheld, n/a, {@code 4,5} in Spanish. */
    public String figure(Figure figure) {
        if (Figure.COMPLEMENTARY.equals(figure.suppression())) {
            return text("figure.withheld");
        }
        if (figure.value() == null && figure.low() == null && figure.decimal() == null) {
            return text("figure.notApplicable");
        }
        String text = figure.text();
        return figure.decimal() != null && language.equals("es") ? text.replace('.', ',') : text;
    }

    /** The label of a key cell; the total row's keys read "Total" in the first column and nothing after. */
    public String key(PublishedTable table, PublishedRow row, int column) {
        String code = row.keys().get(column);
        if (code.equals(PublishedTable.TOTAL)) {
            return column == 0 || !row.keys().get(0).equals(PublishedTable.TOTAL) ? text("report.total") : "";
        }
        return code.isEmpty() ? "" : labels.value(table.keyColumns().get(column), code);
    }
}
