package org.sanctuaryoversight.report.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.IdentityViewFacts;
import org.sanctuaryoversight.report.ledger.PeriodCounts;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.tables.AccountabilityTables;
import org.sanctuaryoversight.report.tables.AuditResult;
import org.sanctuaryoversight.report.tables.CounterTables;
import org.sanctuaryoversight.report.tables.DisclosureControl;
import org.sanctuaryoversight.report.tables.RecordTables;

/**
 * Turns ledger records into one period's publishable tables: the exact tables, then the complainant
 * tables after disclosure control, audited together with every other period a reader already has.
 */
public final class ReportCompiler {

    private final ReportingCalendar calendar;
    private final DisclosureControl disclosureControl;
    private final List<String> departments;

    public ReportCompiler(ReportingCalendar calendar, DisclosureControl disclosureControl) {
        this(calendar, disclosureControl, List.of());
    }

    /** @param departments the codes of the city's departments: each gets a row of the accountability table */
    public ReportCompiler(ReportingCalendar calendar, DisclosureControl disclosureControl, List<String> departments) {
        this.calendar = calendar;
        this.disclosureControl = disclosureControl;
        this.departments = List.copyOf(departments);
    }

    public ReportingCalendar calendar() {
        return calendar;
    }

    public int threshold() {
        return disclosureControl.threshold();
    }

    public ReportDraft draft(int period, Collection<ComplaintFacts> complaints,
                             Collection<FederalRequestLedgerEntry> federalRequests,
                             Collection<IdentityViewFacts> identityViews, List<PeriodFigures> published) {
        return draft(period, complaints, federalRequests, identityViews, published, Map.of());
    }

    /**
     * @param published      the latest published version of every other period (the audit reads them all; the
     *                       trends read the earlier ones)
     * @param firstPublished when each period's first version was published: a request documented after it, received
     *                       in that period, is reported in the period it was documented in as documented late
     */
    public ReportDraft draft(int period, Collection<ComplaintFacts> complaints,
                             Collection<FederalRequestLedgerEntry> federalRequests,
                             Collection<IdentityViewFacts> identityViews, List<PeriodFigures> published,
                             Map<Integer, Instant> firstPublished) {
        ReportingPeriod reportingPeriod = calendar.period(period);
        List<PublishedTable> exact = new ArrayList<>(RecordTables.exactTables(reportingPeriod, complaints,
                federalRequests, identityViews));
        exact.add(AccountabilityTables.documentedLate(reportingPeriod, calendar, federalRequests, firstPublished));
        exact.add(AccountabilityTables.accountability(reportingPeriod, complaints, federalRequests, departments));
        exact.add(AccountabilityTables.trends(period, exact, published));
        DisclosureControl.Outcome outcome = disclosureControl.apply(period,
                RecordTables.protectedTables(reportingPeriod, calendar, complaints), exact, published);
        List<PublishedTable> tables = new ArrayList<>(exact);
        tables.addAll(outcome.tables());
        return new ReportDraft(reportingPeriod, tables, outcome.audit());
    }

    /**
     * The same draft from the ledger's counters: the period's own and the stocks before it, a few hundred counters
     * whatever the number of complaints. Only the requests documented late are read from the federal request records.
     */
    public ReportDraft draft(PeriodCounts counts, Collection<FederalRequestLedgerEntry> federalRequests,
                             List<PeriodFigures> published, Map<Integer, Instant> firstPublished) {
        int period = counts.period();
        ReportingPeriod reportingPeriod = calendar.period(period);
        List<PublishedTable> exact = new ArrayList<>(CounterTables.exactTables(counts));
        exact.add(AccountabilityTables.documentedLate(reportingPeriod, calendar, federalRequests, firstPublished));
        exact.add(CounterTables.accountability(counts, departments));
        exact.add(AccountabilityTables.trends(period, exact, published));
        DisclosureControl.Outcome outcome = disclosureControl.apply(period, CounterTables.protectedTables(counts),
                exact, published);
        List<PublishedTable> tables = new ArrayList<>(exact);
        tables.addAll(outcome.tables());
        return new ReportDraft(reportingPeriod, tables, outcome.audit());
    }

    /** Requests received in {@code period} and documented after {@code since}: what a correction would add. */
    public long documentedSince(int period, Collection<FederalRequestLedgerEntry> federalRequests, Instant since) {
        ReportingPeriod reportingPeriod = calendar.period(period);
        return federalRequests.stream().filter(request -> reportingPeriod.contains(request.received())
                && request.documentedAt().isAfter(since)).count();
    }

    /** Audits figures as they stand, e.g. a set of periods an attacker holds. */
    public AuditResult audit(List<PeriodFigures> periods) {
        return disclosureControl.audit(periods);
    }
}
