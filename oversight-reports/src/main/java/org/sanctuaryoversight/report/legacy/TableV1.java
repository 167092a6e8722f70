package org.sanctuaryoversight.report.legacy;

import java.util.List;

/**
 * A table as frozen in {@link PublicationV1}, made only from a {@code PublishedTable}, whose lists are already
 * immutable copies. Rows are in a fixed, deterministic order; totals
 * rows use the key {@value #TOTAL}.
 *
 * @param disclosureControlled true when cells describe complainants and small counts are suppressed
 */
record TableV1(String id, String titleEn, String titleEs, boolean disclosureControlled,
                             List<String> keyColumns, List<String> measureColumns, List<RowV1> rows) {

    public static final String TOTAL = "total";
}
