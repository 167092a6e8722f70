package org.sanctuaryoversight.report;

import java.util.List;

/** One row of a published table: its key values, then one figure per measure column. */
public record PublishedRow(List<String> keys, List<Figure> figures) {

    public PublishedRow {
        keys = List.copyOf(keys);
        figures = List.copyOf(figures);
    }
}
