package org.sanctuaryoversight.report.tables;

import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishReportCommand;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportPublishedEvent;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.NotPublishable;
import org.sanctuaryoversight.report.publication.PublicationPreview;
import org.sanctuaryoversight.report.publication.PublishedBundles;
import org.sanctuaryoversight.report.publication.PublishingReport;
import org.sanctuaryoversight.report.publication.ReportArchive;
import org.sanctuaryoversight.report.publication.ReportBundleStore;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.rendering.BundleRenderer;
import org.sanctuaryoversight.report.rendering.OfficeSigningKey;
import org.sanctuaryoversight.report.rendering.ReportBundle;
import org.sanctuaryoversight.report.rendering.ReportLabels;
import org.sanctuaryoversight.ruling.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The exact disclosure audit. The table below passes interval propagation (each row and column equation alone leaves
 * every withheld cell at least three possible values) but its equations taken together pin the cell r1/c2 to exactly
 * 2: the linear programme finds it, and no publication is allowed while such a table is public.
 */
class LinearProgrammingAuditTest {

    /** Rows r0..r3, columns c0..c3; margins exact; "R" is a cell published as the range 1-10. True counts in comments. */
    static final String[][] PUBLISHED = {
            {"R", "0", "R", "0", "7"},      // 5 0 2 0
            {"0", "R", "R", "R", "11"},     // 0 4 2 5
            {"R", "2", "R", "13", "26"},    // 2 2 9 13
            {"1", "R", "1", "R", "14"},     // 1 5 1 7
            {"8", "11", "14", "25", "58"}}; // column totals, grand total

    static PublishedTable leakyTable() {
        List<PublishedRow> rows = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                String row = r == 4 ? PublishedTable.TOTAL : "r" + r;
                String column = c == 4 ? PublishedTable.TOTAL : "c" + c;
                String text = PUBLISHED[r][c];
                rows.add(new PublishedRow(List.of(row, column), List.of(text.equals("R") ? Figure.range(1, 10)
                        : Figure.exact(Long.parseLong(text)))));
            }
        }
        return new PublishedTable("department_by_category", "Allegations by department and category",
                "Alegaciones por departamento y categoría", true, List.of("department", "category"), List.of("count"), rows);
    }

    @Test
    void intervalPropagationPassesButLinearProgrammingNarrowsAWithheldCellBelowTheProtectionWidth() {
        DisclosureAudit audit = new DisclosureAudit(2);
        List<PeriodFigures> published = List.of(new PeriodFigures(1, List.of(leakyTable())));

        assertThat(audit.auditByPropagationOnly(published).passed()).as("interval propagation").isTrue();
        AuditResult exact = audit.audit(published);

        assertThat(exact.passed()).isFalse();
        assertThat(exact.exposures()).singleElement().satisfies(exposure -> {
            assertThat(exposure.cell()).isEqualTo(new CellRef(1, "department_by_category", List.of("r1", "c2")));
            assertThat(exposure.low()).isEqualTo(2);
            assertThat(exposure.high()).isEqualTo(2);
        });
    }

    @Test
    void whatTheProgrammeDerivesAlwaysHoldsTheTrueCount() {
        // A reader's bounds must be sound, or the audit would block safe tables and miss real leaks.
        DisclosureAudit audit = new DisclosureAudit(2);
        java.util.Random random = new java.util.Random(5);
        int exposures = 0;
        for (int trial = 0; trial < 300; trial++) {
            long[][] counts = new long[4][4];
            List<PublishedRow> rows = new ArrayList<>();
            long[] columnTotals = new long[4];
            for (int r = 0; r < 4; r++) {
                long rowTotal = 0;
                for (int c = 0; c < 4; c++) {
                    counts[r][c] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(14);
                    boolean range = counts[r][c] >= 1 && counts[r][c] <= 10 && random.nextInt(3) > 0;
                    rows.add(new PublishedRow(List.of("r" + r, "c" + c), List.of(range ? Figure.range(1, 10)
                            : Figure.exact(counts[r][c]))));
                    rowTotal += counts[r][c];
                    columnTotals[c] += counts[r][c];
                }
                rows.add(new PublishedRow(List.of("r" + r, PublishedTable.TOTAL), List.of(Figure.exact(rowTotal))));
            }
            long grand = 0;
            for (int c = 0; c < 4; c++) {
                rows.add(new PublishedRow(List.of(PublishedTable.TOTAL, "c" + c), List.of(Figure.exact(columnTotals[c]))));
                grand += columnTotals[c];
            }
            rows.add(new PublishedRow(List.of(PublishedTable.TOTAL, PublishedTable.TOTAL), List.of(Figure.exact(grand))));
            PublishedTable table = new PublishedTable("department_by_category", "t", "t", true,
                    List.of("department", "category"), List.of("count"), rows);
            for (Exposure exposure : audit.audit(List.of(new PeriodFigures(1, List.of(table)))).exposures()) {
                long truth = counts[Integer.parseInt(exposure.cell().keys().get(0).substring(1))]
                        [Integer.parseInt(exposure.cell().keys().get(1).substring(1))];
                assertThat(truth).as("%s", exposure).isBetween(exposure.low(), exposure.high());
                exposures++;
            }
        }
        assertThat(exposures).as("the random tables exposed something").isPositive();
    }

    @Test
    void noPeriodIsPublishedWhileAPublishedTableLeaksUnderLinearProgramming() {
        ReportingCalendar calendar = new ReportingCalendar(SampleHistory.EFFECTIVE);
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), calendar, 2, 40, 3);
        // Period 1 as the interval-only audit let it out.
        ReportPublishedEvent leaked = new ReportPublishedEvent(PublishReportCommand.publicationId(1), 1, 1,
                calendar.period(1).start(), calendar.period(1).lastDay(), Instant.parse("2025-04-02T10:00:00Z"),
                "ombud-1", null, null, 10, List.of(leakyTable()));
        InMemoryArchive archive = new InMemoryArchive();
        archive.save(leaked);
        OfficeSigningKey key = OfficeSigningKey.generate();
        CommandGateway neverCalled = (CommandGateway) java.lang.reflect.Proxy.newProxyInstance(
                CommandGateway.class.getClassLoader(), new Class<?>[] {CommandGateway.class}, (proxy, method, args) -> {
                    throw new AssertionError("no command may be sent: " + method.getName());
                });
        PublishingReport publishing = new PublishingReport(new ReportCompiler(calendar, new DisclosureControl(10, 2)),
                ledger, archive, new PublishedBundles(archive, new InMemoryBundleStore(), new BundleRenderer(key)),
                new ReportLabels(DepartmentDirectory.of(List.of())), "LETTER", neverCalled,
                Clock.fixed(Instant.parse("2025-07-05T10:00:00Z"), ZoneOffset.UTC));
        PublicationPreview preview = publishing.preview(2);
        assertThat(preview.draft().audit().passed()).isFalse();

        assertThatThrownBy(() -> publishing.publish(2, new StaffMember("ombud-1", "Ombud", StaffRole.OMBUDSPERSON, null),
                null, preview.confirmation()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(NotPublishable.of(refused)).contains(NotPublishable.DISCLOSURE_AUDIT_FAILED);
                    assertThat(refused.getMessage()).contains("period 1 department_by_category r1/c2")
                            .contains("recovered exactly (2)");
                });
    }

    /** The archive of published versions, in memory. */
    static final class InMemoryArchive implements ReportArchive {
        private final TreeMap<String, ReportPublishedEvent> versions = new TreeMap<>();

        @Override
        public void save(ReportPublishedEvent publication) {
            versions.put(String.format("%06d-%06d", publication.period(), publication.version()), publication);
        }

        @Override
        public List<ReportPublishedEvent> all() {
            return List.copyOf(versions.values());
        }

        @Override
        public Optional<ReportPublishedEvent> find(int period, int version) {
            return Optional.ofNullable(versions.get(String.format("%06d-%06d", period, version)));
        }

        @Override
        public void clear() {
            versions.clear();
        }
    }

    /** Stored bundles, in memory. */
    static final class InMemoryBundleStore implements ReportBundleStore {
        private final Map<String, ReportBundle> bundles = new TreeMap<>();

        @Override
        public Optional<ReportBundle> find(int period, int version) {
            return Optional.ofNullable(bundles.get(period + "-v" + version));
        }

        @Override
        public ReportBundle store(ReportBundle bundle) {
            return bundles.computeIfAbsent(bundle.period() + "-v" + bundle.version(), any -> bundle);
        }
    }
}
