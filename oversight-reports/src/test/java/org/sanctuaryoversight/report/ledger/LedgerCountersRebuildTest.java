package org.sanctuaryoversight.report.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;
import org.sanctuaryoversight.report.tables.CountedHistory;
import org.sanctuaryoversight.report.tables.DisclosureControl;

/**
 * The per-period counters kept in MongoDB as events arrive equal a full recount from the ledger's records, after a
 * history with redeliveries and records moving between periods and keys, and again after the ledger is dropped and
 * the log replayed; read back, they compile the tables the records compile.
 */
class LedgerCountersRebuildTest {

    private static final EmbeddedMongo SERVER = EmbeddedMongo.inMemory(0);
    private static final MongoClient CLIENT = MongoClients.create(SERVER.connectionString());

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    @Test
    void counters_equal_a_full_recount_as_events_arrive_and_after_a_rebuild() {
        MongoDatabase database = CLIENT.getDatabase("counters-rebuild");
        CountingReportLedger ledger = new CountingReportLedger(new MongoReportLedger(database),
                new MongoReportCounters(database), CountedHistory.CALENDAR);
        ReportCounters counters = ledger.counters().orElseThrow();
        List<Consumer<ReportLedgerUpdates>> log = CountedHistory.log(3, 250, 19);
        ReportLedgerUpdates updates = new ReportLedgerUpdates(ledger);

        CountedHistory.apply(log, updates, 7);
        Map<LedgerCounter, Long> kept = counters.all();
        assertThat(kept).isEqualTo(ledger.recount());
        assertThat(kept.keySet().stream().map(LedgerCounter::bucket).distinct()).contains(-1, 0, 1, 2, 3, 4);
        assertThat(kept.keySet().stream().map(LedgerCounter::measure).distinct()).hasSize(33);
        List<ComplaintFacts> records = ledger.complaints();
        List<FederalRequestLedgerEntry> requests = ledger.federalRequests();

        // Drop and replay (what the processing group's reset does), this time without redeliveries.
        ledger.clear();
        assertThat(counters.all()).isEmpty();
        log.forEach(update -> update.accept(updates));

        assertThat(counters.all()).isEqualTo(ledger.recount()).isEqualTo(kept);
        assertThat(ledger.complaints()).isEqualTo(records);
        assertThat(ledger.federalRequests()).isEqualTo(requests);

        // Read back from MongoDB (a period's counters, the stocks before it, the exact seconds behind a median), the
        // counters compile the tables the records compile.
        ReportCompiler compiler = new ReportCompiler(CountedHistory.CALENDAR, new DisclosureControl(10, 2),
                CountedHistory.DEPARTMENTS);
        List<PeriodFigures> published = new ArrayList<>();
        for (int period = 1; period <= 2; period++) {
            ReportDraft fromRecords = compiler.draft(period, ledger.complaints(), ledger.federalRequests(),
                    ledger.identityViews(), published, Map.of());
            assertThat(compiler.draft(PeriodCounts.read(counters, period), ledger.federalRequests(), published,
                    Map.of()).tables()).isEqualTo(fromRecords.tables());
            published.add(new PeriodFigures(period, fromRecords.tables()));
        }
    }
}
