package org.sanctuaryoversight.report.ledger;

import java.util.List;
import java.util.Objects;
import org.sanctuaryoversight.report.tables.CounterContributions;

/**
 * One counter of the report ledger: a {@code measure} (for example {@code channel}) with its key values (for example
 * {@code WEB}) in one reporting period ({@code bucket}: the period's number; 0 and below before the effective date).
 * A counter with {@code seconds} is a detail: how many durations of exactly that many seconds fall in a histogram
 * bucket, read only when a median lies between two histogram buckets.
 */
public record LedgerCounter(int bucket, String measure, List<String> keys, Long seconds) {

    public LedgerCounter {
        Objects.requireNonNull(measure, "measure");
        keys = List.copyOf(keys);
    }

    public LedgerCounter(int bucket, String measure, List<String> keys) {
        this(bucket, measure, keys, null);
    }

    public boolean isDetail() {
        return seconds != null;
    }

    /** Counters read for the periods after their own as well: they describe a stock (open at period end, cumulative). */
    public boolean isStock() {
        return STOCKS.contains(measure);
    }

    /** A histogram counter (durations in tenths of a day): its last key is the tenth. */
    public boolean isHistogram() {
        return !isDetail() && HISTOGRAMS.contains(measure);
    }

    static final List<String> HISTOGRAMS = List.of(CounterContributions.RESPONSE_DAYS,
            CounterContributions.DEPARTMENT_RESPONSE_DAYS, CounterContributions.CLOSURE_DAYS);

    static final List<String> STOCKS = List.of(CounterContributions.OPEN_FROM, CounterContributions.OPEN_UNTIL,
            CounterContributions.OVERDUE_FROM, CounterContributions.OVERDUE_UNTIL, CounterContributions.AWAITING_FROM,
            CounterContributions.AWAITING_UNTIL, CounterContributions.CHANNEL, CounterContributions.LANGUAGE,
            CounterContributions.ANONYMITY);
}
