package org.sanctuaryoversight.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;

/**
 * A federal request counts in the period it was received. One received in February but documented in May, after
 * period 1's report was published, appears in period 2's "documented late" table and in period 1's next version.
 */
class FederalRequestPeriodTest {

    static final ReportingCalendar CALENDAR = new ReportingCalendar(SampleHistory.EFFECTIVE);
    static final Instant PERIOD_ONE_PUBLISHED = Instant.parse("2025-04-02T10:00:00Z");

    @Test
    void aRequestDocumentedAfterItsPeriodWasPublishedIsReportedLateAndInTheCorrection() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        ReportLedgerUpdates updates = new ReportLedgerUpdates(ledger);
        updates.federalRequestDocumented("on-time", "sheriff", Instant.parse("2025-02-10T08:00:00Z"),
                Instant.parse("2025-02-10T09:00:00Z"), "DETAINER_HOLD", "DETAINER", "COMPLIED", true);
        updates.federalRequestFlagged("on-time");
        updates.federalRequestDocumented("late", "police", Instant.parse("2025-02-20T08:00:00Z"),
                Instant.parse("2025-05-03T09:00:00Z"), "INFORMATION_ABOUT_PERSON", "NONE", "DECLINED", false);
        ReportCompiler compiler = new ReportCompiler(CALENDAR, new DisclosureControl(10, 2), List.of("police", "sheriff"));

        ReportDraft first = compiler.draft(1, ledger.complaints(), List.of(ledger.federalRequest("on-time").orElseThrow()),
                ledger.identityViews(), List.of());
        assertThat(total(first.table("federal_requests"))).isEqualTo(1);

        Map<Integer, Instant> published = Map.of(1, PERIOD_ONE_PUBLISHED);
        ReportDraft second = compiler.draft(2, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(),
                List.of(new PeriodFigures(1, first.tables())), published);
        assertThat(total(second.table("federal_requests"))).as("received in period 2").isZero();
        PublishedTable late = second.table(AccountabilityTables.DOCUMENTED_LATE);
        assertThat(late.row("1", "police", "INFORMATION_ABOUT_PERSON", "NONE", "DECLINED").figures().get(0).value())
                .isEqualTo(1);
        assertThat(total(late)).isEqualTo(1);

        ReportDraft correction = compiler.draft(1, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(),
                List.of(), published);
        assertThat(total(correction.table("federal_requests"))).as("period 1's next version").isEqualTo(2);
        assertThat(compiler.documentedSince(1, ledger.federalRequests(), PERIOD_ONE_PUBLISHED)).isEqualTo(1);

        PublishedTable accountability = correction.table(AccountabilityTables.ACCOUNTABILITY);
        assertThat(accountability.row("sheriff").figures()).extracting(Figure::value).startsWith(1L, 1L, 1L);
        assertThat(accountability.row("police").figures()).extracting(Figure::value).startsWith(1L, 0L, 0L);
    }

    @Test
    void aRequestDocumentedLateButBeforeItsPeriodWasPublishedCountsInItsOwnPeriodOnly() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        new ReportLedgerUpdates(ledger).federalRequestDocumented("r", "police", Instant.parse("2025-03-30T08:00:00Z"),
                Instant.parse("2025-04-01T09:00:00Z"), "FACILITY_ACCESS", "NONE", "DECLINED", false);
        ReportCompiler compiler = new ReportCompiler(CALENDAR, new DisclosureControl(10, 2));
        Map<Integer, Instant> published = Map.of(1, PERIOD_ONE_PUBLISHED);
        assertThat(total(compiler.draft(1, List.of(), ledger.federalRequests(), List.of(), List.of(), published)
                .table("federal_requests"))).isEqualTo(1);
        assertThat(total(compiler.draft(2, List.of(), ledger.federalRequests(), List.of(), List.of(), published)
                .table(AccountabilityTables.DOCUMENTED_LATE))).isZero();
    }

    private static long total(PublishedTable table) {
        return table.rows().stream().filter(row -> row.keys().get(0).equals(PublishedTable.TOTAL)).findFirst()
                .orElseThrow().figures().get(0).value();
    }
}
