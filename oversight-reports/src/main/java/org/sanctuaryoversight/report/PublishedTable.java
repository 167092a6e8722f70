package org.sanctuaryoversight.report;

import java.util.List;

/**
 * A table as frozen in {@link ReportPublishedEvent}. Rows are in a fixed, deterministic order; totals
 * rows use the key {@value #TOTAL}.
 *
 * @param disclosureControlled true when cells describe complainants and small counts are suppressed
 */
public record PublishedTable(String id, String titleEn, String titleEs, boolean disclosureControlled,
                             List<String> keyColumns, List<String> measureColumns, List<PublishedRow> rows) {

    public static final String TOTAL = "total";

    public PublishedTable {
        keyColumns = List.copyOf(keyColumns);
        measureColumns = List.copyOf(measureColumns);
        rows = List.copyOf(rows);
    }

    public PublishedRow row(String... keys) {
        List<String> wanted = List.of(keys);
        return rows.stream().filter(row -> row.keys().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + wanted + " in " + id));
    }
}
