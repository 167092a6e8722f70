package org.sanctuaryoversight.report.rendering;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;

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

    /** A table's title: its own English or Spanish one, or in another language the title the version froze. */
    public String title(PublishedTable table) {
        if (language.equals("en") || language.equals("es")) {
            return language.equals("es") ? table.titleEs() : table.titleEn();
        }
        return labels.table(table.id()).orElse(table.titleEn());
    }

    /** Whether this language is written right to left (Arabic, Persian): its page says {@code dir="rtl"}. */
    public boolean rightToLeft() {
        return ReportLabels.RIGHT_TO_LEFT.contains(language);
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
        return figure.decimal() != null ? text.replace('.', decimalSeparator()) : text;
    }

    /**
     * The decimal separator of this language ({@code 4,5} in Spanish or Russian, {@code 4.5} in English or Chinese),
     * where the language writes numbers with the digits 0-9; the others (Arabic, Persian) keep the point, as the
     * digits of every figure stay 0-9.
     */
    private char decimalSeparator() {
        if (language.equals("en")) {
            return '.';
        }
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language));
        return symbols.getZeroDigit() == '0' ? symbols.getDecimalSeparator() : '.';
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
