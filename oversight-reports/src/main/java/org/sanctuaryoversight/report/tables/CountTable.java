package org.sanctuaryoversight.report.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * A disclosure-controlled count table before publication: true counts, the margins (published exactly)
 * and the additive groups a reader can use ("these cells sum to that total").
 */
record CountTable(String id, String titleEn, String titleEs, List<String> keyColumns, Map<List<String>, Long> cells,
                  List<List<String>> margins, List<Group> groups, String cumulativeOf) {

    /** {@code parts} sum to {@code total}; all keys are cells of the same table. */
    record Group(List<List<String>> parts, List<String> total) {
    }

    boolean isMargin(List<String> keys) {
        return margins.contains(keys);
    }

    /** A one-way table of complaints by a single attribute, with its total row. */
    static CountTable oneWay(String id, String titleEn, String titleEs, String keyColumn, SortedMap<String, Long> counts,
                             String cumulativeOf) {
        Map<List<String>, Long> cells = new LinkedHashMap<>();
        counts.forEach((key, count) -> cells.put(List.of(key), count));
        List<String> total = List.of(PublishedTable.TOTAL);
        cells.put(total, counts.values().stream().mapToLong(Long::longValue).sum());
        List<List<String>> parts = counts.keySet().stream().map(List::of).toList();
        return new CountTable(id, titleEn, titleEs, List.of(keyColumn), cells, List.of(total),
                List.of(new Group(parts, total)), cumulativeOf);
    }

    /** A two-way table (rows x columns) with row totals and the grand total (exact) and column totals (protected). */
    static CountTable twoWay(String id, String titleEn, String titleEs, String rowColumn, String columnColumn,
                             SortedMap<String, SortedMap<String, Long>> counts, List<String> columnValues) {
        Map<List<String>, Long> cells = new LinkedHashMap<>();
        List<List<String>> margins = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        SortedMap<String, Long> columnTotals = new TreeMap<>();
        for (String column : columnValues) {
            columnTotals.put(column, 0L);
        }
        long grand = 0;
        for (Map.Entry<String, SortedMap<String, Long>> row : counts.entrySet()) {
            long rowTotal = 0;
            List<List<String>> parts = new ArrayList<>();
            for (String column : columnValues) {
                long count = row.getValue().getOrDefault(column, 0L);
                cells.put(List.of(row.getKey(), column), count);
                parts.add(List.of(row.getKey(), column));
                rowTotal += count;
                columnTotals.merge(column, count, Long::sum);
            }
            List<String> rowTotalKey = List.of(row.getKey(), PublishedTable.TOTAL);
            cells.put(rowTotalKey, rowTotal);
            margins.add(rowTotalKey);
            groups.add(new Group(parts, rowTotalKey));
            grand += rowTotal;
        }
        List<List<String>> grandParts = new ArrayList<>();
        for (String column : columnValues) {
            List<String> columnTotalKey = List.of(PublishedTable.TOTAL, column);
            // A column total counts complainants by category: it is protected like any inner cell.
            cells.put(columnTotalKey, columnTotals.get(column));
            grandParts.add(columnTotalKey);
            groups.add(new Group(counts.keySet().stream().map(row -> List.of(row, column)).toList(), columnTotalKey));
        }
        List<String> grandKey = List.of(PublishedTable.TOTAL, PublishedTable.TOTAL);
        cells.put(grandKey, grand);
        margins.add(grandKey);
        groups.add(new Group(grandParts, grandKey));
        return new CountTable(id, titleEn, titleEs, List.of(rowColumn, columnColumn), cells, margins, groups, null);
    }
}
