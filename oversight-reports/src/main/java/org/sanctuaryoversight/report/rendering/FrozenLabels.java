package org.sanctuaryoversight.report.rendering;

import java.util.Locale;
import java.util.Map;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/** The labels one version froze for one language (see {@link ReportLabels}); nothing here reads a setting. */
public final class FrozenLabels {

    private final Map<String, String> texts;

    public FrozenLabels(Map<String, String> texts) {
        this.texts = texts == null ? Map.of() : texts;
    }

    public static FrozenLabels of(ReportPublishedEvent event, String language) {
        return new FrozenLabels(event.labels().get(language));
    }

    static String columnKey(String column) {
        return "column." + column;
    }

    static String measureKey(String measure) {
        return "measure." + measure;
    }

    static String tableKey(String table) {
        return "table." + table;
    }

    /** The title of a table in this language, if the version froze one (versions since issue 22 do). */
    public java.util.Optional<String> table(String table) {
        return java.util.Optional.ofNullable(texts.get(tableKey(table)));
    }

    static String valueKey(String column, String code) {
        return column + "." + code;
    }

    public String column(String column) {
        return texts.getOrDefault(columnKey(column), humanize(column));
    }

    public String measure(String measure) {
        return texts.getOrDefault(measureKey(measure), humanize(measure));
    }

    /** The label of a code in a key column; numbers (periods) and unknown codes are made readable, never raw. */
    public String value(String column, String code) {
        return texts.getOrDefault(valueKey(column, code), humanize(code));
    }

    /** {@code SOME_CODE} → {@code Some code}: the last resort, so that no raw capitals reach a reader. */
    static String humanize(String code) {
        String words = code.replace('_', ' ').replace('+', ' ').toLowerCase(Locale.ROOT).strip();
        return words.isEmpty() ? code : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
