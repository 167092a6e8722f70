package org.sanctuaryoversight.report.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sanctuaryoversight.report.tables.CounterContributions;

/**
 * The report ledger with its per-period counters: every record written also moves the counters by the difference
 * between what the record counted before and what it counts now ({@link CounterContributions#delta}), in the same
 * event handler, after the record. So a redelivered event changes nothing and a record that changes period or key
 * moves its count. Publication and the staff preview compile from the counters ({@link #counters()}); the records
 * stay, for audit, for the tables that need them (requests documented late) and for checking the counters.
 *
 * <p>The counters are only as good as the calendar they were bucketed with. They remember it: with another
 * effective date or period length the ledger offers no counters (publication reads the records) until a replay
 * rebuilds them. A ledger whose counters were never made (an upgrade) is cleared on start: its processing group is
 * new, so it replays the log and builds records and counters together.
 */
public final class CountingReportLedger implements ReportLedger {

    private final ReportLedger records;
    private final ReportCounters counters;
    private final CounterContributions contributions;
    private final String calendar;
    private volatile boolean usable;

    public CountingReportLedger(ReportLedger records, ReportCounters counters, ReportingCalendar calendar) {
        this.records = Objects.requireNonNull(records, "records");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.contributions = new CounterContributions(calendar);
        this.calendar = calendar.effectiveDate() + "/" + calendar.periodDays();
        Optional<String> counted = counters.calendar();
        if (counted.isEmpty()) {
            // Read whole once, on the upgrade that is about to replay the whole log anyway; a new database has none.
            if (!records.complaints().isEmpty() || !records.federalRequests().isEmpty()
                    || !records.identityViews().isEmpty()) {
                records.clear();
            }
            counters.clear();
            counters.calendar(this.calendar);
        }
        this.usable = counted.map(this.calendar::equals).orElse(true);
    }

    /** The counters, when they were made with this calendar. */
    @Override
    public Optional<ReportCounters> counters() {
        return usable ? Optional.of(counters) : Optional.empty();
    }

    /**
     * The counters as a full recount from every record gives them: what the kept counters must equal (the check a
     * rebuild test makes). Reads the whole ledger.
     */
    public Map<LedgerCounter, Long> recount() {
        Map<LedgerCounter, Long> recount = new HashMap<>();
        records.complaints().forEach(facts -> contributions.of(facts).forEach((c, n) -> recount.merge(c, n, Long::sum)));
        records.federalRequests().forEach(facts ->
                contributions.of(facts).forEach((c, n) -> recount.merge(c, n, Long::sum)));
        records.identityViews().forEach(facts ->
                contributions.of(facts).forEach((c, n) -> recount.merge(c, n, Long::sum)));
        recount.values().removeIf(count -> count == 0);
        return recount;
    }

    @Override
    public Optional<ComplaintFacts> complaint(String complaintId) {
        return records.complaint(complaintId);
    }

    @Override
    public void save(ComplaintFacts facts) {
        ComplaintFacts before = records.complaint(facts.complaintId()).orElse(null);
        records.save(facts);
        counters.add(CounterContributions.delta(contributions.of(before), contributions.of(facts)));
    }

    @Override
    public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
        return records.federalRequest(requestId);
    }

    @Override
    public void save(FederalRequestLedgerEntry facts) {
        FederalRequestLedgerEntry before = records.federalRequest(facts.requestId()).orElse(null);
        records.save(facts);
        counters.add(CounterContributions.delta(contributions.of(before), contributions.of(facts)));
    }

    @Override
    public List<ComplaintFacts> complaints() {
        return records.complaints();
    }

    @Override
    public List<FederalRequestLedgerEntry> federalRequests() {
        return records.federalRequests();
    }

    @Override
    public void save(IdentityViewFacts facts) {
        IdentityViewFacts before = records.identityView(facts.viewId()).orElse(null);
        records.save(facts);
        counters.add(CounterContributions.delta(contributions.of(before), contributions.of(facts)));
    }

    @Override
    public Optional<IdentityViewFacts> identityView(String viewId) {
        return records.identityView(viewId);
    }

    @Override
    public List<IdentityViewFacts> identityViews() {
        return records.identityViews();
    }

    @Override
    public void clear() {
        records.clear();
        counters.clear();
        counters.calendar(calendar);
        usable = true;
    }
}
