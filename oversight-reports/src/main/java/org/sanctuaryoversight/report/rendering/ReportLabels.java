package org.sanctuaryoversight.report.rendering;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;

/**
 * Freezes the human labels of a version at publication: for every language, every key column, measure and code
 * the tables hold (department names from the city's directory, the rest from {@code labels*.properties}). The result
 * goes into the {@link ReportPublishedEvent}, so a department renamed or a label reworded later changes no published
 * bundle, and a re-render from the event gives the same bytes.
 */
public final class ReportLabels {

    /**
     * The languages a report is published in from now on (issue 22: every public language, in the order of the
     * language list on the pages). A language is one more entry and its {@code labels_xx} and {@code bundle_xx}
     * bundles. A version is rendered in the languages it froze ({@link #languagesOf}), so the versions published in
     * English and Spanish only keep exactly their files.
     */
    public static final List<String> LANGUAGES = List.of("en", "es", "zh-Hans", "zh-Hant", "ko", "tl", "vi", "hy", "fa",
            "ru", "ja", "km", "ar");

    /** The languages whose text is written right to left: their pages say {@code dir="rtl"}. */
    static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "fa");

    private final DepartmentDirectory departments;

    public ReportLabels(DepartmentDirectory departments) {
        this.departments = departments;
    }

    /**
     * The languages a version is published in: those it froze labels for, in the order of {@link #LANGUAGES}.
     * Versions frozen before issue 22 carry English and Spanish only, and render exactly as they were published.
     */
    public static List<String> languagesOf(ReportPublishedEvent report) {
        return LANGUAGES.stream().filter(report.labels()::containsKey).toList();
    }

    /**
     * language → key → text, for exactly the codes in {@code tables}, and each table's title ({@code table.<id>}):
     * the tables carry their English and Spanish titles themselves, the other languages' come from the labels.
     */
    public Map<String, Map<String, String>> freeze(Collection<PublishedTable> tables) {
        Map<String, Map<String, String>> frozen = new TreeMap<>();
        for (String language : LANGUAGES) {
            ResourceBundle bundle = bundle(language);
            Map<String, String> texts = new TreeMap<>();
            for (PublishedTable table : tables) {
                for (int i = 0; i < table.keyColumns().size(); i++) {
                    String column = table.keyColumns().get(i);
                    texts.put(FrozenLabels.columnKey(column), text(bundle, "column." + column, column));
                    for (PublishedRow row : table.rows()) {
                        String code = row.keys().get(i);
                        if (!code.isEmpty() && !code.equals(PublishedTable.TOTAL)) {
                            texts.put(FrozenLabels.valueKey(column, code), value(bundle, language, column, code));
                        }
                    }
                }
                for (String measure : table.measureColumns()) {
                    texts.put(FrozenLabels.measureKey(measure), text(bundle, "measure." + measure, measure));
                }
                texts.put(FrozenLabels.tableKey(table.id()), title(bundle, language, table));
            }
            frozen.put(language, texts);
        }
        return frozen;
    }

    private String value(ResourceBundle bundle, String language, String column, String code) {
        switch (column) {
            case "department" -> {
                return departments.all().stream().filter(department -> department.code().equals(code)).findFirst()
                        .map(department -> department.name(language))
                        .orElseGet(() -> text(bundle, "department." + code, code));
            }
            case "request_type" -> {
                // A request asking for several things is one row under the combination: label each part.
                return String.join(" + ", java.util.Arrays.stream(code.split("\\+"))
                        .map(part -> text(bundle, "request_type." + part, part)).toList());
            }
            case "language" -> {
                String known = optional(bundle, "language." + code);
                if (known != null) {
                    return known;
                }
                // With its script where the script makes the language: "Chinese (Traditional)", not just "Chinese".
                Locale spoken = Locale.forLanguageTag(code);
                Locale reader = Locale.forLanguageTag(language);
                String name = spoken.getScript().isEmpty() ? spoken.getDisplayLanguage(reader) : spoken.getDisplayName(reader);
                return name.isEmpty() || name.equals(code) ? code
                        : name.substring(0, 1).toUpperCase(reader) + name.substring(1);
            }
            case "received_in_period", "period" -> {
                return new MessageFormat(bundle.getString("period.label"), Locale.ROOT).format(new Object[] {Integer.parseInt(code)});
            }
            default -> {
                return text(bundle, column + "." + code, code);
            }
        }
    }

    private static String title(ResourceBundle bundle, String language, PublishedTable table) {
        if (language.equals("en")) {
            return table.titleEn();
        }
        if (language.equals("es")) {
            return table.titleEs();
        }
        String title = optional(bundle, "table." + table.id());
        return title != null ? title : table.titleEn();
    }

    /** The name of a department in a language, from the directory (for pages outside a bundle). */
    public String departmentName(String code, String language) {
        return departments.all().stream().filter(department -> department.code().equals(code)).findFirst()
                .map(department -> department.name(language)).orElse(code);
    }

    public List<Department> directory() {
        return departments.all();
    }

    private static String text(ResourceBundle bundle, String key, String code) {
        String text = optional(bundle, key);
        return text != null ? text : FrozenLabels.humanize(code);
    }

    private static String optional(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("org.sanctuaryoversight.report.labels",
                language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
