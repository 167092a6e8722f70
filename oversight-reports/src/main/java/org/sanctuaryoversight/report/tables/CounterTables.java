package org.sanctuaryoversight.report.tables;

import static org.sanctuaryoversight.report.tables.CounterContributions.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ledger.PeriodCounts;

/**
 * The tables of one period compiled from the ledger's counters ({@link PeriodCounts}) instead of every record: the
 * same tables, row for row, as {@link ReportTables} and {@link AccountabilityTables} compile from the records (the
 * table builders are shared; {@code CounterTablesTest} compares both). Not here: the requests documented late, which
 * depend on when each earlier period was published and are read from the federal request records.
 */
public final class CounterTables {

    private CounterTables() {
    }

    /** As {@link ReportTables#exactTables}. */
    public static List<PublishedTable> exactTables(PeriodCounts counts) {
        List<PublishedTable> tables = new ArrayList<>();
        tables.add(ReportTables.complaintsReceived(counts.count(RECEIVED), counts.count(REVIEWS)));
        tables.add(ReportTables.complaintsByDepartment(oneKey(counts.byKeys(DEPARTMENT))));
        tables.add(ReportTables.pipeline(counts.count(ACKNOWLEDGED), counts.count(REFERRED),
                counts.count(RESPONDED_ON_TIME), counts.count(RESPONDED_LATE),
                stock(counts, OPEN_FROM, OPEN_UNTIL).getOrDefault(List.of(), 0L), counts.count(CLOSED),
                median(counts, RESPONSE_DAYS, List.of()), median(counts, CLOSURE_DAYS, List.of())));
        SortedMap<String, Long> outcomes = oneKey(counts.byKeys(OUTCOME));
        tables.add(ReportTables.closedByOutcome(outcomes));
        tables.add(ReportTables.departmentResponses(departmentResponses(counts)));
        tables.add(ReportTables.recommendations(recommendations(counts)));
        tables.add(AccountabilityTables.federalRequests(federalRequests(counts)));
        SortedMap<String, Long> views = new TreeMap<>();
        ReportTables.IDENTITY_VIEW_PURPOSES.forEach(purpose -> views.put(purpose, 0L));
        oneKey(counts.byKeys(IDENTITY_VIEWS)).forEach((purpose, count) -> views.merge(purpose, count, Long::sum));
        tables.add(ReportTables.identityViews(views));
        return tables;
    }

    /** As {@link ReportTables#protectedTables}: the period's complaints, and those since the first period. */
    public static List<CountTable> protectedTables(PeriodCounts counts) {
        SortedMap<String, SortedMap<String, Long>> departmentCategory = new TreeMap<>();
        counts.byKeys(DEPARTMENT_CATEGORY).forEach((keys, count) -> departmentCategory
                .computeIfAbsent(keys.get(0), any -> new TreeMap<>()).put(keys.get(1), count));
        SortedMap<String, Long> allegations = vocabulary(ReportTables.CATEGORIES, counts.byKeys(CATEGORY));
        return ReportTables.protectedTables(
                vocabulary(ReportTables.CHANNELS, counts.byKeys(CHANNEL)),
                vocabulary(ReportTables.LANGUAGES, counts.byKeys(LANGUAGE)),
                vocabulary(ReportTables.ANONYMITY, counts.byKeys(ANONYMITY)),
                allegations,
                ReportTables.departmentByCategory(departmentCategory, List.copyOf(allegations.keySet())),
                vocabulary(ReportTables.CHANNELS, counts.through(CHANNEL, 1)),
                vocabulary(ReportTables.LANGUAGES, counts.through(LANGUAGE, 1)),
                vocabulary(ReportTables.ANONYMITY, counts.through(ANONYMITY, 1)));
    }

    /** As {@link AccountabilityTables#accountability}: every department of the directory gets a row. */
    public static PublishedTable accountability(PeriodCounts counts, List<String> directory) {
        SortedMap<String, long[]> rows = new TreeMap<>();
        int measures = AccountabilityTables.ACCOUNTABILITY_MEASURES.size();
        directory.forEach(department -> rows.put(department, new long[measures]));
        counts.byKeys(ACCOUNTABILITY).forEach((keys, count) -> rows.computeIfAbsent(keys.get(0),
                any -> new long[measures])[AccountabilityTables.ACCOUNTABILITY_MEASURES.indexOf(keys.get(1))] += count);
        return AccountabilityTables.accountability(rows);
    }

    private static List<PublishedRow> departmentResponses(PeriodCounts counts) {
        return byDepartment(List.of(oneKey(counts.byKeys(DEPARTMENT_SENT)), oneKey(counts.byKeys(DEPARTMENT_ON_TIME)),
                oneKey(counts.byKeys(DEPARTMENT_LATE)), oneKey(stock(counts, OVERDUE_FROM, OVERDUE_UNTIL))),
                department -> List.of(median(counts, DEPARTMENT_RESPONSE_DAYS, List.of(department))));
    }

    private static List<PublishedRow> recommendations(PeriodCounts counts) {
        return byDepartment(List.of(oneKey(counts.byKeys(RECOMMENDATIONS_MADE)),
                oneKey(counts.byKeys(RECOMMENDATIONS_ACCEPTED)), oneKey(counts.byKeys(RECOMMENDATIONS_OTHERWISE)),
                oneKey(stock(counts, AWAITING_FROM, AWAITING_UNTIL))), department -> List.of());
    }

    /**
     * One row per department that any of the columns counts, in department order: each column's count (0 where it
     * has none for the department), then the department's further figures.
     */
    private static List<PublishedRow> byDepartment(List<SortedMap<String, Long>> columns,
                                                   Function<String, List<Figure>> further) {
        TreeSet<String> departments = new TreeSet<>();
        columns.forEach(column -> departments.addAll(column.keySet()));
        List<PublishedRow> rows = new ArrayList<>();
        for (String department : departments) {
            List<Figure> figures = new ArrayList<>();
            columns.forEach(column -> figures.add(Figure.exact(column.getOrDefault(department, 0L))));
            figures.addAll(further.apply(department));
            rows.add(new PublishedRow(List.of(department), figures));
        }
        return rows;
    }

    private static SortedMap<List<String>, long[]> federalRequests(PeriodCounts counts) {
        SortedMap<List<String>, long[]> rows = new TreeMap<>(ReportTables::compareKeys);
        counts.byKeys(FEDERAL_REQUESTS).forEach((keys, count) -> rows.computeIfAbsent(keys, any -> new long[2])[0] += count);
        counts.byKeys(FEDERAL_REQUESTS_FLAGGED).forEach((keys, count) ->
                rows.computeIfAbsent(keys, any -> new long[2])[1] += count);
        return rows;
    }

    /** A state at the period's end: begun ({@code from}) minus ended ({@code until}) in every bucket up to it. */
    private static SortedMap<List<String>, Long> stock(PeriodCounts counts, String from, String until) {
        SortedMap<List<String>, Long> stock = new TreeMap<>(ReportTables::compareKeys);
        stock.putAll(counts.through(from, Integer.MIN_VALUE));
        counts.through(until, Integer.MIN_VALUE).forEach((keys, count) -> stock.merge(keys, -count, Long::sum));
        stock.values().removeIf(count -> count == 0);
        return stock;
    }

    /**
     * The median in days with one decimal (half up), as {@link ReportTables#median}: from the histogram in tenths of
     * a day, which decides it unless the two middle durations of an even count lie in different tenths; then the
     * exact seconds of those two tenths decide.
     */
    private static Figure median(PeriodCounts counts, String measure, List<String> keys) {
        SortedMap<Long, Long> histogram = new TreeMap<>();
        counts.byKeys(measure).forEach((histogramKeys, count) -> {
            if (histogramKeys.subList(0, histogramKeys.size() - 1).equals(keys)) {
                histogram.merge(Long.parseLong(histogramKeys.get(histogramKeys.size() - 1)), count, Long::sum);
            }
        });
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return Figure.notApplicable();
        }
        long lowerTenth = tenthAt(histogram, (total - 1) / 2);
        long upperTenth = tenthAt(histogram, total / 2);
        if (lowerTenth == upperTenth) {
            return Figure.decimal(BigDecimal.valueOf(lowerTenth, 1).toPlainString());
        }
        long lower = counts.details(measure, withTenth(keys, lowerTenth)).lastKey();
        long upper = counts.details(measure, withTenth(keys, upperTenth)).firstKey();
        return ReportTables.median(List.of(Duration.ofSeconds(lower), Duration.ofSeconds(upper)));
    }

    /** The histogram bucket holding the element at {@code index} (from 0) in sorted order. */
    private static long tenthAt(SortedMap<Long, Long> histogram, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }

    private static List<String> withTenth(List<String> keys, long tenth) {
        List<String> histogramKeys = new ArrayList<>(keys);
        histogramKeys.add(Long.toString(tenth));
        return histogramKeys;
    }

    private static SortedMap<String, Long> oneKey(SortedMap<List<String>, Long> counts) {
        SortedMap<String, Long> byKey = new TreeMap<>();
        counts.forEach((keys, count) -> byKey.merge(keys.get(0), count, Long::sum));
        return byKey;
    }

    private static SortedMap<String, Long> vocabulary(List<String> vocabulary, SortedMap<List<String>, Long> counts) {
        SortedMap<String, Long> byKey = new TreeMap<>();
        vocabulary.forEach(value -> byKey.put(value, 0L));
        counts.forEach((keys, count) -> byKey.merge(keys.get(0), count, Long::sum));
        return byKey;
    }
}
