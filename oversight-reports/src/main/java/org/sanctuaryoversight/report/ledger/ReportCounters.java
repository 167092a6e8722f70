package org.sanctuaryoversight.report.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.sanctuaryoversight.report.tables.CounterContributions;

/**
 * Where the report ledger keeps its per-period counters ({@link CounterContributions}): changed only by the ledger,
 * by differences, in the same event handler that writes the record they come from.
 */
public interface ReportCounters {

    /** Adds each (possibly negative) difference to its counter. */
    void add(Map<LedgerCounter, Long> delta);

    /** Every counter of {@code period} and the stock counters of every earlier bucket, non-zero only. */
    Map<LedgerCounter, Long> read(int period);

    /** The non-zero detail counters (seconds to count) of one histogram bucket. */
    SortedMap<Long, Long> details(int period, String measure, java.util.List<String> histogramKeys);

    /** Every non-zero counter, details included: what a full recount from the records is compared with. */
    Map<LedgerCounter, Long> all();

    /** The calendar the counters were made with ({@code effective-date/period-days}); empty before the first use. */
    Optional<String> calendar();

    void calendar(String calendar);

    void clear();
}
