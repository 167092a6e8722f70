package org.sanctuaryoversight.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns ledger records into one period's publishable tables: the exact tables, then the complainant
 * tables after disclosure control, audited together with every other period a reader already has.
 */
public final class ReportCompiler {

    private final ReportingCalendar calendar;
    private final DisclosureControl disclosureControl;

    public ReportCompiler(ReportingCalendar calendar, DisclosureControl disclosureControl) {
        this.calendar = calendar;
        this.disclosureControl = disclosureControl;
    }

    public ReportingCalendar calendar() {
        return calendar;
    }

    public int threshold() {
        return disclosureControl.threshold();
    }

    public ReportDraft draft(int period, Collection<ComplaintFacts> complaints,
                             Collection<FederalRequestFacts> federalRequests,
                             Collection<IdentityViewFacts> identityViews, List<PeriodFigures> published) {
        ReportingPeriod reportingPeriod = calendar.period(period);
        List<PublishedTable> exact = ReportTables.exactTables(reportingPeriod, complaints, federalRequests,
                identityViews);
        DisclosureControl.Outcome outcome = disclosureControl.apply(period,
                ReportTables.protectedTables(reportingPeriod, calendar, complaints), exact, published);
        List<PublishedTable> tables = new ArrayList<>(exact);
        tables.addAll(outcome.tables());
        return new ReportDraft(reportingPeriod, tables, outcome.audit());
    }

    /** Audits figures as they stand, e.g. a set of periods an attacker holds. */
    public AuditResult audit(List<PeriodFigures> periods) {
        return disclosureControl.audit(periods);
    }
}
