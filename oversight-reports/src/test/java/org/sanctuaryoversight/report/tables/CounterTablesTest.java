package org.sanctuaryoversight.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ledger.CountingReportLedger;
import org.sanctuaryoversight.report.ledger.InMemoryReportCounters;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.PeriodCounts;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;

/**
 * The tables compiled from the ledger's counters are the tables compiled from its records, for the same data: every
 * table, every figure, every suppression, the audit, period after period (each audited against the ones before).
 */
class CounterTablesTest {

    private static final ReportingCalendar CALENDAR = CountedHistory.CALENDAR;
    private final ReportCompiler compiler = new ReportCompiler(CALENDAR, new DisclosureControl(10, 2),
            CountedHistory.DEPARTMENTS);

    @Test
    void a_generated_history_gives_the_same_tables_from_counters_as_from_records() {
        CountingReportLedger ledger = ledger();
        CountedHistory.apply(CountedHistory.log(3, 250, 19), new ReportLedgerUpdates(ledger), 7);

        assertSameDrafts(ledger, 4);
    }

    @Test
    void the_sample_history_of_the_other_report_tests_gives_the_same_tables() {
        CountingReportLedger ledger = ledger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), CALENDAR, 3, 70, 42);

        assertSameDrafts(ledger, 3);
    }

    /** An even number of durations whose two middle ones round differently: the exact seconds decide the median. */
    @Test
    void medians_between_two_tenths_of_a_day_come_from_the_exact_durations() {
        CountingReportLedger ledger = ledger();
        ReportLedgerUpdates updates = new ReportLedgerUpdates(ledger);
        Instant filed = CALENDAR.period(1).startInstant().plus(Duration.ofDays(2));
        // Closure medians: 0.949 and 1.051 days -> 1.0; an odd one: 1.049 days -> 1.0; then 4 of them.
        long[] seconds = {82_000, 90_800, 90_600, 1_000_000};
        for (int i = 0; i < seconds.length; i++) {
            String id = "m-" + i;
            updates.complaintFiled(id, filed, List.of("POLICE"), List.of("RETALIATION"), "WEB", "en", false);
            updates.referralSent(id, id + "-r", "POLICE", filed, LocalDate.of(2025, 3, 1));
            updates.departmentResponded(id, id + "-r", filed.plusSeconds(seconds[i] / 2 + 4_321 * i));
            updates.complaintClosed(id, filed.plusSeconds(seconds[i]), "WITHDRAWN");
            assertSameDrafts(ledger, 1);
        }
        PublishedTable pipeline = draftFromCounters(ledger, 1, List.of()).tables().stream()
                .filter(table -> table.id().equals("pipeline")).findFirst().orElseThrow();
        assertThat(pipeline.rows().get(7).figures().get(0)).isEqualTo(Figure.decimal("1.0"));
    }

    private static CountingReportLedger ledger() {
        return new CountingReportLedger(new InMemoryReportLedger(), new InMemoryReportCounters(), CALENDAR);
    }

    private void assertSameDrafts(CountingReportLedger ledger, int periods) {
        List<PeriodFigures> published = new ArrayList<>();
        for (int period = 1; period <= periods; period++) {
            ReportDraft fromRecords = compiler.draft(period, ledger.complaints(), ledger.federalRequests(),
                    ledger.identityViews(), published, firstPublished(published));
            ReportDraft fromCounters = draftFromCounters(ledger, period, published);
            assertThat(fromCounters.tables()).as("period %d", period).isEqualTo(fromRecords.tables());
            assertThat(fromCounters.audit()).as("period %d", period).isEqualTo(fromRecords.audit());
            published.add(new PeriodFigures(period, fromRecords.tables()));
        }
    }

    private ReportDraft draftFromCounters(CountingReportLedger ledger, int period, List<PeriodFigures> published) {
        return compiler.draft(PeriodCounts.read(ledger.counters().orElseThrow(), period), ledger.federalRequests(),
                published, firstPublished(published));
    }

    /** Each period published at the start of the next: requests documented later count as documented late. */
    private static Map<Integer, Instant> firstPublished(List<PeriodFigures> published) {
        Map<Integer, Instant> first = new TreeMap<>();
        published.forEach(figures -> first.put(figures.period(),
                CALENDAR.period(figures.period()).endInstant().plus(Duration.ofDays(3))));
        return first;
    }
}
