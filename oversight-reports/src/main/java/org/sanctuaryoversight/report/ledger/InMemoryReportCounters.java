package org.sanctuaryoversight.report.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The ledger's counters in memory: for tests and for staging a synthetic period in the benchmarks. */
public final class InMemoryReportCounters implements ReportCounters {

    private final Map<LedgerCounter, Long> counters = new HashMap<>();
    private String calendar;

    @Override
    public synchronized void add(Map<LedgerCounter, Long> delta) {
        delta.forEach((counter, count) -> counters.merge(counter, count, Long::sum));
        counters.values().removeIf(count -> count == 0);
    }

    @Override
    public synchronized Map<LedgerCounter, Long> read(int period) {
        Map<LedgerCounter, Long> read = new HashMap<>();
        counters.forEach((counter, count) -> {
            if (!counter.isDetail() && (counter.bucket() == period || counter.bucket() < period && counter.isStock())) {
                read.put(counter, count);
            }
        });
        return read;
    }

    @Override
    public synchronized SortedMap<Long, Long> details(int period, String measure, List<String> histogramKeys) {
        SortedMap<Long, Long> details = new TreeMap<>();
        counters.forEach((counter, count) -> {
            if (counter.isDetail() && counter.bucket() == period && counter.measure().equals(measure)
                    && counter.keys().equals(histogramKeys)) {
                details.merge(counter.seconds(), count, Long::sum);
            }
        });
        return details;
    }

    @Override
    public synchronized Map<LedgerCounter, Long> all() {
        return Map.copyOf(counters);
    }

    @Override
    public synchronized Optional<String> calendar() {
        return Optional.ofNullable(calendar);
    }

    @Override
    public synchronized void calendar(String calendar) {
        this.calendar = calendar;
    }

    @Override
    public synchronized void clear() {
        counters.clear();
        calendar = null;
    }
}
