package org.sanctuaryoversight.report.ledger;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sanctuaryoversight.report.tables.ReportTables;

/**
 * The counters one period's tables are compiled from: the period's own and the stocks of the periods before it.
 * Keys of a measure come back sorted, as the tables list them.
 */
public final class PeriodCounts {

    private final int period;
    private final Map<LedgerCounter, Long> counters;
    private final ReportCounters store;

    PeriodCounts(int period, Map<LedgerCounter, Long> counters, ReportCounters store) {
        this.period = period;
        this.counters = Map.copyOf(counters);
        this.store = store;
    }

    public static PeriodCounts read(ReportCounters store, int period) {
        return new PeriodCounts(period, store.read(period), store);
    }

    public int period() {
        return period;
    }

    /** How many counters were read. */
    public int size() {
        return counters.size();
    }

    public long count(String measure, String... keys) {
        return counters.getOrDefault(new LedgerCounter(period, measure, List.of(keys)), 0L);
    }

    /** The period's non-zero counters of a measure, by their keys. */
    public SortedMap<List<String>, Long> byKeys(String measure) {
        return sum(measure, bucket -> bucket == period);
    }

    /** A stock measure summed over every bucket up to this period (from {@code first} on). */
    public SortedMap<List<String>, Long> through(String measure, int first) {
        return sum(measure, bucket -> bucket >= first && bucket <= period);
    }

    private SortedMap<List<String>, Long> sum(String measure, Predicate<Integer> buckets) {
        SortedMap<List<String>, Long> sums = new TreeMap<>(ReportTables::compareKeys);
        counters.forEach((counter, count) -> {
            if (counter.measure().equals(measure) && buckets.test(counter.bucket())) {
                sums.merge(counter.keys(), count, Long::sum);
            }
        });
        sums.values().removeIf(count -> count == 0);
        return sums;
    }

    public SortedMap<Long, Long> details(String measure, List<String> histogramKeys) {
        return store.details(period, measure, histogramKeys);
    }
}
