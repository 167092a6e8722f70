package org.sanctuaryoversight.report.tables;

import java.util.List;

/** One published cell: period, table and row keys. */
public record CellRef(int period, String table, List<String> keys) {

    public CellRef {
        keys = List.copyOf(keys);
    }

    @Override
    public String toString() {
        return "period " + period + " " + table + " " + String.join("/", keys);
    }
}
