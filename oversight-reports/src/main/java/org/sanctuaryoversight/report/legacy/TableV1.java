package org.sanctuaryoversight.report.legacy;

import java.util.List;

/**
 * A table as frozen in {@link PublicationV1}. Rows are in a fixed, deterministic order; totals
 * rows use the key {@value #TOTAL}.
 *
 * @param disclosureControlled true when cells describe complainants and small counts are suppressed
 */
record TableV1(String id, String titleEn, String titleEs, boolean disclosureControlled,
                             List<String> keyColumns, List<String> measureColumns, List<RowV1> rows) {

    public static final String TOTAL = "total";

    public TableV1 {
        keyColumns = List.copyOf(keyColumns);
        measureColumns = List.copyOf(measureColumns);
        rows = List.copyOf(rows);
    }

    public RowV1 row(String... keys) {
        List<String> wanted = List.of(keys);
        return rows.stream().filter(row -> row.keys().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No row " + wanted + " in " + id));
    }
}
