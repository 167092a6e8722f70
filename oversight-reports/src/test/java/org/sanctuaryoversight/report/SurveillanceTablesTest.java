package org.sanctuaryoversight.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.sanctuaryoversight.report.ledger.SurveillanceLedger;
import org.sanctuaryoversight.report.ledger.SurveillanceLedger;
import org.sanctuaryoversight.report.ledger.SurveillanceLogFacts;
import org.sanctuaryoversight.report.tables.SurveillanceTables;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;
import org.sanctuaryoversight.surveillance.AuditSummary.RuleCount;

/**
 * The report counts the audited searches made on the period's days, by agency type and flag, and tells for each
 * department whether its logs cover every day of the period; re-evaluations replace, redeliveries change nothing.
 */
class SurveillanceTablesTest {

    private static final EmbeddedMongo SERVER = EmbeddedMongo.inMemory(0);
    private static final MongoClient CLIENT = MongoClients.create(SERVER.connectionString());

    /** Period 2 of an ordinance in effect since 2025-01-01: 2025-04-01 to 2025-06-29. */
    static final ReportingPeriod PERIOD = new ReportingPeriod(2, LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"));

    @AfterAll
    static void stop() {
        CLIENT.close();
        SERVER.close();
    }

    static DailyCount day(String day, AgencyType type, long searches, long flagged, RuleCount... flags) {
        return new DailyCount(LocalDate.parse(day), type, searches, flagged, List.of(flags));
    }

    static SurveillanceLogFacts log(String id, String department, String from, String to, DailyCount... days) {
        return new SurveillanceLogFacts(id, department, LocalDate.parse(from), LocalDate.parse(to), List.of(days));
    }

    final List<SurveillanceLogFacts> logs = List.of(
            log("alpr-1", "police", "2025-03-01", "2025-04-30",
                    day("2025-03-31", AgencyType.FEDERAL, 5, 5, new RuleCount(AuditRule.FEDERAL_AGENCY, 5)),
                    day("2025-04-01", AgencyType.FEDERAL, 7, 7, new RuleCount(AuditRule.FEDERAL_AGENCY, 7),
                            new RuleCount(AuditRule.IMMIGRATION_REASON, 2)),
                    day("2025-04-02", AgencyType.OWN_DEPARTMENT, 100, 9, new RuleCount(AuditRule.NO_CASE_NUMBER, 9))),
            log("alpr-2", "police", "2025-05-01", "2025-06-29",
                    day("2025-06-29", AgencyType.OUT_OF_STATE, 3, 3, new RuleCount(AuditRule.OUT_OF_STATE_AGENCY, 3)),
                    day("2025-06-30", AgencyType.LOCAL_IN_STATE, 50, 0)),
            log("alpr-3", "sheriff", "2025-04-01", "2025-04-30",
                    day("2025-04-10", AgencyType.LOCAL_IN_STATE, 20, 1, new RuleCount(AuditRule.VAGUE_REASON, 1))));

    @Test
    void searches_made_on_the_periods_days_are_counted_by_agency_type_and_flag_with_every_type_a_row() {
        PublishedTable table = SurveillanceTables.searches(PERIOD, logs);
        assertThat(table.disclosureControlled()).isFalse();
        assertThat(table.rows()).extracting(row -> row.keys().get(0)).containsExactly("OWN_DEPARTMENT",
                "LOCAL_IN_STATE", "OUT_OF_STATE", "FEDERAL", "UNCLASSIFIED", PublishedTable.TOTAL);
        assertThat(values(table.row("FEDERAL"))).containsExactly(7L, 7L, 2L, 7L, 0L, 0L, 0L, 0L, 0L);
        assertThat(values(table.row("OUT_OF_STATE"))).containsExactly(3L, 3L, 0L, 0L, 3L, 0L, 0L, 0L, 0L);
        assertThat(values(table.row("LOCAL_IN_STATE"))).as("2025-06-30 is the next period's")
                .containsExactly(20L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(values(table.row(PublishedTable.TOTAL))).containsExactly(130L, 20L, 2L, 7L, 3L, 9L, 1L, 0L, 0L);
        assertThat(table.measureColumns()).startsWith("searches", "flagged_searches", "immigration_reason");
    }

    @Test
    void a_department_is_complete_only_when_its_logs_cover_every_day_and_one_that_owes_logs_has_its_row() {
        PublishedTable table = SurveillanceTables.logs(PERIOD, logs, List.of("police", "transportation"));
        assertThat(table.rows()).extracting(row -> row.keys().get(0)).containsExactly("police", "sheriff", "transportation");
        assertThat(values(table.row("police"))).containsExactly(2L, 90L, 90L, 1L);
        assertThat(values(table.row("sheriff"))).containsExactly(1L, 90L, 30L, 0L);
        assertThat(values(table.row("transportation"))).containsExactly(0L, 90L, 0L, 0L);
    }

    @Test
    void the_ledger_keeps_the_latest_evaluation_of_each_import_and_a_redelivery_changes_nothing() {
        SurveillanceLedger ledger = new SurveillanceLedger(CLIENT.getDatabase("surveillance-" + UUID.randomUUID()
                .toString().substring(0, 8)));
        SurveillanceLedgerProjection projection = new SurveillanceLedgerProjection(ledger);
        AuditSummary first = new AuditSummary(100, 9, null, null, List.of(), List.of(logs.get(0).days().get(2)));
        AuditSummary second = new AuditSummary(100, 0, null, null, List.of(),
                List.of(day("2025-04-02", AgencyType.OWN_DEPARTMENT, 100, 0)));
        AuditLogImportedEvent imported = new AuditLogImportedEvent("alpr-1", 1, "police", "abc", "flock-network",
                LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-30"), "1+a", first, Instant.now(), "u");
        AuditRulesReappliedEvent reapplied = new AuditRulesReappliedEvent("alpr-1", 2, "police",
                LocalDate.parse("2025-03-01"), LocalDate.parse("2025-04-30"), "2+b", "1+a", second, Instant.now(), "u");
        projection.on(imported);
        assertThat(ledger.all()).singleElement().satisfies(facts -> assertThat(facts.days()).isEqualTo(first.days()));
        projection.on(reapplied);
        projection.on(imported);
        assertThat(ledger.all()).singleElement().satisfies(facts -> {
            assertThat(facts.days()).isEqualTo(second.days());
            assertThat(facts.department()).isEqualTo("police");
        });
        projection.reset();
        assertThat(ledger.all()).isEmpty();
    }

    private static List<Long> values(PublishedRow row) {
        return row.figures().stream().map(Figure::value).toList();
    }
}
