package org.sanctuaryoversight.report.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportLedgerUpdates;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;

/**
 * Many small cells over three consecutive periods. An attacker written here, independently of the
 * audit, applies every subtraction the published tables allow (within a table, between the category
 * tables, and between consecutive cumulative tables), chained until nothing new follows, and must not
 * recover any suppressed value.
 */
class SmallCellProtectionTest {

    private final ReportingCalendar calendar = new ReportingCalendar(SampleHistory.EFFECTIVE);
    private final ReportCompiler compiler = new ReportCompiler(calendar, new DisclosureControl(10, 2));

    @Test
    void noSuppressedValueIsDerivableBySubtractionWithinOrAcrossPeriods() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), calendar, 3, 70, 42);
        List<PeriodFigures> published = new ArrayList<>();
        for (int period = 1; period <= 3; period++) {
            ReportDraft draft = compiler.draft(period, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(),
                    published);
            assertThat(draft.audit().passed()).as("audit of period %d: %s", period, draft.audit().exposures()).isTrue();
            published.add(new PeriodFigures(period, draft.tables()));
        }

        Map<CellRef, Long> known = new SubtractionAttacker(published).recover();

        List<CellRef> suppressed = suppressedCells(published);
        assertThat(suppressed).as("the history has many small cells").hasSizeGreaterThan(60);
        assertThat(suppressed.stream().filter(cell -> figure(published, cell).suppression().equals(Figure.COMPLEMENTARY)))
                .as("complementary suppression was needed").isNotEmpty();
        assertThat(suppressed).noneMatch(known::containsKey);
    }

    @Test
    void theAttackerDoesRecoverCellsWhenOnlyTheThresholdRuleIsApplied() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        SampleHistory.feed(new ReportLedgerUpdates(ledger), calendar, 2, 70, 42);
        List<PeriodFigures> primaryOnly = new ArrayList<>();
        for (int period = 1; period <= 2; period++) {
            ReportingPeriod reportingPeriod = calendar.period(period);
            List<PublishedTable> tables = new ArrayList<>(RecordTables.exactTables(reportingPeriod, ledger.complaints(),
                    ledger.federalRequests(), ledger.identityViews()));
            for (CountTable table : RecordTables.protectedTables(reportingPeriod, calendar, ledger.complaints())) {
                List<PublishedRow> rows = new ArrayList<>();
                table.cells().forEach((keys, count) -> rows.add(new PublishedRow(keys, List.of(
                        !table.isMargin(keys) && count >= 1 && count <= 10 ? Figure.range(1, 10) : Figure.exact(count)))));
                tables.add(new PublishedTable(table.id(), table.titleEn(), table.titleEs(), true, table.keyColumns(),
                        List.of("count"), rows));
            }
            primaryOnly.add(new PeriodFigures(period, tables));
        }

        Map<CellRef, Long> known = new SubtractionAttacker(primaryOnly).recover();

        assertThat(suppressedCells(primaryOnly)).anyMatch(known::containsKey);
        assertThat(compiler.audit(primaryOnly).passed()).as("the audit blocks the weak version").isFalse();
    }

    @Test
    void aPeriodWithASingleComplaintIsBlockedRatherThanPublishedUnsafely() {
        InMemoryReportLedger ledger = new InMemoryReportLedger();
        new ReportLedgerUpdates(ledger).complaintFiled("only", calendar.period(1).startInstant().plusSeconds(60),
                List.of("POLICE"), List.of("RETALIATION"), "PHONE", "es", true);

        ReportDraft draft = compiler.draft(1, ledger.complaints(), ledger.federalRequests(), ledger.identityViews(), List.of());

        assertThat(draft.audit().passed()).isFalse();
        assertThat(draft.audit().exposures().get(0).reason()).contains("from the published figures");
    }

    private static List<CellRef> suppressedCells(List<PeriodFigures> periods) {
        List<CellRef> cells = new ArrayList<>();
        for (PeriodFigures period : periods) {
            for (PublishedTable table : period.tables()) {
                for (PublishedRow row : table.rows()) {
                    if (row.figures().get(0).suppressed()) {
                        cells.add(new CellRef(period.period(), table.id(), row.keys()));
                    }
                }
            }
        }
        return cells;
    }

    private static Figure figure(List<PeriodFigures> periods, CellRef cell) {
        return periods.get(cell.period() - 1).tables().stream().filter(t -> t.id().equals(cell.table())).findFirst()
                .orElseThrow().row(cell.keys().toArray(String[]::new)).figures().get(0);
    }

    /** Exact subtraction only: an equation with one unknown left gives that unknown; repeat to a fixed point. */
    static final class SubtractionAttacker {

        private final List<PeriodFigures> periods;
        private final Map<CellRef, Long> known = new HashMap<>();
        private final List<List<CellRef>> equations = new ArrayList<>(); // first cell = sum of the others

        SubtractionAttacker(List<PeriodFigures> periods) {
            this.periods = periods;
        }

        Map<CellRef, Long> recover() {
            for (PeriodFigures period : periods) {
                for (PublishedTable table : period.tables()) {
                    if (!table.disclosureControlled()) {
                        continue;
                    }
                    for (PublishedRow row : table.rows()) {
                        Figure figure = row.figures().get(0);
                        if (figure.value() != null) {
                            known.put(new CellRef(period.period(), table.id(), row.keys()), figure.value());
                        }
                    }
                    addTableEquations(period.period(), table);
                }
                addCategoryLink(period);
                addCumulativeLinks(period);
            }
            boolean progress = true;
            while (progress) {
                progress = false;
                for (List<CellRef> equation : equations) {
                    List<CellRef> unknown = equation.stream().filter(cell -> !known.containsKey(cell)).toList();
                    if (unknown.size() != 1) {
                        continue;
                    }
                    CellRef target = unknown.get(0);
                    long others = 0;
                    for (int i = 1; i < equation.size(); i++) {
                        if (!equation.get(i).equals(target)) {
                            others += known.get(equation.get(i));
                        }
                    }
                    known.put(target, equation.get(0).equals(target) ? others : known.get(equation.get(0)) - others);
                    progress = true;
                }
            }
            return known;
        }

        private void addTableEquations(int period, PublishedTable table) {
            if (table.keyColumns().size() == 1) {
                List<CellRef> equation = new ArrayList<>();
                equation.add(new CellRef(period, table.id(), List.of(PublishedTable.TOTAL)));
                table.rows().stream().filter(row -> !row.keys().get(0).equals(PublishedTable.TOTAL))
                        .forEach(row -> equation.add(new CellRef(period, table.id(), row.keys())));
                equations.add(equation);
                return;
            }
            Map<String, List<CellRef>> byRow = new HashMap<>();
            Map<String, List<CellRef>> byColumn = new HashMap<>();
            for (PublishedRow row : table.rows()) {
                CellRef cell = new CellRef(period, table.id(), row.keys());
                String r = row.keys().get(0);
                String c = row.keys().get(1);
                if (!c.equals(PublishedTable.TOTAL)) {
                    byRow.computeIfAbsent(r, any -> new ArrayList<>(List.of(
                            new CellRef(period, table.id(), List.of(r, PublishedTable.TOTAL))))).add(cell);
                }
                if (!r.equals(PublishedTable.TOTAL)) {
                    byColumn.computeIfAbsent(c, any -> new ArrayList<>(List.of(
                            new CellRef(period, table.id(), List.of(PublishedTable.TOTAL, c))))).add(cell);
                }
            }
            equations.addAll(byRow.values());
            equations.addAll(byColumn.values());
        }

        /** With one department per complaint, a category's column total equals its allegation count. */
        private void addCategoryLink(PeriodFigures period) {
            long mentions = period.tables().stream().filter(t -> t.id().equals("complaints_by_department")).findFirst()
                    .orElseThrow().rows().stream().mapToLong(row -> row.figures().get(0).value()).sum();
            long received = period.tables().stream().filter(t -> t.id().equals("complaints_received")).findFirst()
                    .orElseThrow().row("complaints_received").figures().get(0).value();
            if (mentions != received) {
                return;
            }
            for (String category : ReportTables.CATEGORIES) {
                equations.add(List.of(new CellRef(period.period(), "department_by_category", List.of(PublishedTable.TOTAL, category)),
                        new CellRef(period.period(), "allegations_by_category", List.of(category))));
            }
        }

        private void addCumulativeLinks(PeriodFigures period) {
            for (PublishedTable table : period.tables()) {
                if (!table.id().startsWith("cumulative_by_")) {
                    continue;
                }
                String source = "complaints_by_" + table.id().substring("cumulative_by_".length());
                for (PublishedRow row : table.rows()) {
                    List<CellRef> equation = new ArrayList<>();
                    equation.add(new CellRef(period.period(), table.id(), row.keys()));
                    equation.add(new CellRef(period.period(), source, row.keys()));
                    if (period.period() > 1) {
                        equation.add(new CellRef(period.period() - 1, table.id(), row.keys()));
                    }
                    equations.add(equation);
                }
            }
        }
    }
}
