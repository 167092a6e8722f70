package org.sanctuaryoversight.report.legacy;

import java.util.List;

/** One row of a published table: its key values, then one figure per measure column. */
record RowV1(List<String> keys, List<FigureV1> figures) {

    public RowV1 {
        keys = List.copyOf(keys);
        figures = List.copyOf(figures);
    }
}
