package org.sanctuaryoversight.report.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * Plays the attacker. From nothing but what is (or would be) published, it builds the linear
 * equalities a reader knows (every one-way table sums to its total row; every two-way table's rows
 * and columns sum to their margins; a cumulative table this period equals last period's plus this
 * period's table) and the bounds of every cell (exact, a published range, or at least zero for a
 * complementary suppression), then computes the tightest bounds a reader can derive for every withheld
 * cell: first by interval propagation (one equation at a time, chained), then, where that leaves the cell
 * protected, exactly by linear programming over all equations at once ({@link LinearProgrammingBounds}).
 * A suppressed cell whose bounds shrink to fewer than {@code protectionWidth + 1} possible values is an exposure.
 */
final class DisclosureAudit {

    static final long UNBOUNDED = 1_000_000_000_000L;

    private final int protectionWidth;

    DisclosureAudit(int protectionWidth) {
        this.protectionWidth = protectionWidth;
    }

    /** A reader's equation: the sum of {@code coefficients[i] * cells[i]} is zero. */
    record Constraint(List<CellRef> cells, List<Integer> coefficients) {
    }

    AuditResult audit(List<PeriodFigures> periods) {
        Map<CellRef, long[]> bounds = new LinkedHashMap<>();
        List<CellRef> suppressed = initialBounds(periods, bounds);
        List<Constraint> constraints = constraints(periods, bounds);
        // Propagation is cheap and finds most exposures; linear programming then finds the tightest bounds of every
        // withheld cell it left protected (it can combine equations that propagation only uses one at a time).
        IntervalPropagation.tighten(constraints, bounds);
        List<Exposure> exposures = exposed(suppressed, bounds);
        if (exposures.isEmpty()) {
            LinearProgrammingBounds linear = new LinearProgrammingBounds(constraints, bounds);
            for (CellRef cell : suppressed) {
                long[] bound = linear.tightest(cell);
                if (bound[1] - bound[0] < protectionWidth) {
                    exposures.add(new Exposure(cell, bound[0], bound[1]));
                }
            }
        }
        return new AuditResult(exposures, suppressed.size(), constraints.size());
    }

    /** What interval propagation alone would find: the audit before linear programming (kept to compare, in tests). */
    AuditResult auditByPropagationOnly(List<PeriodFigures> periods) {
        Map<CellRef, long[]> bounds = new LinkedHashMap<>();
        List<CellRef> suppressed = initialBounds(periods, bounds);
        List<Constraint> constraints = constraints(periods, bounds);
        IntervalPropagation.tighten(constraints, bounds);
        return new AuditResult(exposed(suppressed, bounds), suppressed.size(), constraints.size());
    }

    private List<Exposure> exposed(List<CellRef> suppressed, Map<CellRef, long[]> bounds) {
        List<Exposure> exposures = new ArrayList<>();
        for (CellRef cell : suppressed) {
            long[] bound = bounds.get(cell);
            if (bound[1] - bound[0] < protectionWidth) {
                exposures.add(new Exposure(cell, bound[0], bound[1]));
            }
        }
        return exposures;
    }

    /** Every controlled cell's bounds as published; returns the withheld cells. */
    private static List<CellRef> initialBounds(List<PeriodFigures> periods, Map<CellRef, long[]> bounds) {
        List<CellRef> suppressed = new ArrayList<>();
        for (PeriodFigures period : periods) {
            for (PublishedTable table : controlled(period)) {
                for (PublishedRow row : table.rows()) {
                    CellRef cell = new CellRef(period.period(), table.id(), row.keys());
                    Figure figure = row.figures().get(0);
                    bounds.put(cell, initial(figure));
                    if (figure.suppressed()) {
                        suppressed.add(cell);
                    }
                }
            }
        }
        return suppressed;
    }

    private static long[] initial(Figure figure) {
        if (figure.value() != null) {
            return new long[] {figure.value(), figure.value()};
        }
        if (Figure.PRIMARY.equals(figure.suppression())) {
            return new long[] {figure.low(), figure.high()};
        }
        return new long[] {0, UNBOUNDED};
    }

    static List<Constraint> constraints(List<PeriodFigures> periods, Map<CellRef, long[]> bounds) {
        List<Constraint> constraints = new ArrayList<>();
        Map<Integer, PeriodFigures> byNumber = new LinkedHashMap<>();
        periods.forEach(period -> byNumber.put(period.period(), period));
        for (PeriodFigures period : periods) {
            constraints.addAll(multiDepartmentLinks(period, bounds));
            for (PublishedTable table : controlled(period)) {
                constraints.addAll(tableConstraints(period.period(), table));
                cumulativeSource(table.id()).ifPresent(source -> constraints.addAll(
                        cumulativeLinks(period, table, source, byNumber.get(period.period() - 1), bounds)));
            }
        }
        return constraints;
    }

    /** Only the tables that describe complainants take part; every other figure is exact and unrelated. */
    private static List<PublishedTable> controlled(PeriodFigures period) {
        return period.tables().stream().filter(PublishedTable::disclosureControlled).toList();
    }

    /**
     * Links the two category tables. A complaint with category c that names k departments adds 1 to
     * {@code allegations_by_category[c]} and k to the column total {@code department_by_category[total, c]}.
     * A reader who compares the exact tables {@code complaints_by_department} and {@code complaints_received}
     * learns E, the number of extra department mentions, and so knows
     * {@code column total = allegations + s} with a slack s between 0 and E (an equality when every
     * complaint names one department, which is the usual case).
     */
    private static List<Constraint> multiDepartmentLinks(PeriodFigures period, Map<CellRef, long[]> bounds) {
        Optional<PublishedTable> byDepartment = table(period, "complaints_by_department");
        Optional<PublishedTable> received = table(period, "complaints_received");
        Optional<PublishedTable> categories = table(period, "allegations_by_category");
        Optional<PublishedTable> twoWay = table(period, "department_by_category");
        if (byDepartment.isEmpty() || received.isEmpty() || categories.isEmpty() || twoWay.isEmpty()) {
            return List.of();
        }
        long mentions = byDepartment.get().rows().stream().mapToLong(row -> row.figures().get(0).value()).sum();
        long extra = Math.max(0, mentions - received.get().row("complaints_received").figures().get(0).value());
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        categories.get().rows().stream().map(row -> row.keys().get(0))
                .filter(key -> !key.equals(PublishedTable.TOTAL)).forEach(keys::add);
        twoWay.get().rows().stream().filter(row -> row.keys().get(0).equals(PublishedTable.TOTAL))
                .map(row -> row.keys().get(1)).filter(key -> !key.equals(PublishedTable.TOTAL)).forEach(keys::add);
        List<Constraint> constraints = new ArrayList<>();
        for (String category : keys) {
            CellRef allegations = zeroIfAbsent(new CellRef(period.period(), "allegations_by_category", List.of(category)), bounds);
            CellRef columnTotal = zeroIfAbsent(new CellRef(period.period(), "department_by_category",
                    List.of(PublishedTable.TOTAL, category)), bounds);
            CellRef slack = new CellRef(period.period(), "reader:extra_department_mentions", List.of(category));
            bounds.put(slack, new long[] {0, extra});
            constraints.add(new Constraint(List.of(allegations, slack, columnTotal), List.of(1, 1, -1)));
        }
        return constraints;
    }

    private static Optional<PublishedTable> table(PeriodFigures period, String id) {
        return period.tables().stream().filter(table -> table.id().equals(id)).findFirst();
    }

    /** {@code cumulative_by_X} accumulates {@code complaints_by_X}. */
    static Optional<String> cumulativeSource(String tableId) {
        return tableId.startsWith("cumulative_by_")
                ? Optional.of("complaints_by_" + tableId.substring("cumulative_by_".length())) : Optional.empty();
    }

    private static List<Constraint> tableConstraints(int period, PublishedTable table) {
        List<Constraint> constraints = new ArrayList<>();
        if (table.keyColumns().size() == 1) {
            List<CellRef> cells = new ArrayList<>();
            List<Integer> coefficients = new ArrayList<>();
            for (PublishedRow row : table.rows()) {
                cells.add(new CellRef(period, table.id(), row.keys()));
                coefficients.add(row.keys().get(0).equals(PublishedTable.TOTAL) ? -1 : 1);
            }
            constraints.add(new Constraint(cells, coefficients));
            return constraints;
        }
        Map<String, List<PublishedRow>> byRow = new LinkedHashMap<>();
        Map<String, List<PublishedRow>> byColumn = new LinkedHashMap<>();
        for (PublishedRow row : table.rows()) {
            byRow.computeIfAbsent(row.keys().get(0), any -> new ArrayList<>()).add(row);
            byColumn.computeIfAbsent(row.keys().get(1), any -> new ArrayList<>()).add(row);
        }
        for (List<PublishedRow> line : byRow.values()) {
            constraints.add(sumConstraint(period, table.id(), line, 1));
        }
        for (List<PublishedRow> line : byColumn.values()) {
            constraints.add(sumConstraint(period, table.id(), line, 0));
        }
        return constraints;
    }

    /** The cells of one line sum to the line's total, the cell whose {@code totalPosition} key is "total". */
    private static Constraint sumConstraint(int period, String table, List<PublishedRow> line, int totalPosition) {
        List<CellRef> cells = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        for (PublishedRow row : line) {
            cells.add(new CellRef(period, table, row.keys()));
            coefficients.add(row.keys().get(totalPosition).equals(PublishedTable.TOTAL) ? -1 : 1);
        }
        return new Constraint(cells, coefficients);
    }

    /** cumulative(p, k) = cumulative(p-1, k) + source(p, k); a key missing from a table is an exact zero. */
    private static List<Constraint> cumulativeLinks(PeriodFigures period, PublishedTable cumulative, String source,
                                                    PeriodFigures previous, Map<CellRef, long[]> bounds) {
        List<Constraint> constraints = new ArrayList<>();
        for (PublishedRow row : cumulative.rows()) {
            CellRef total = new CellRef(period.period(), cumulative.id(), row.keys());
            CellRef current = zeroIfAbsent(new CellRef(period.period(), source, row.keys()), bounds);
            if (previous == null) {
                constraints.add(new Constraint(List.of(total, current), List.of(-1, 1)));
            } else {
                CellRef before = zeroIfAbsent(new CellRef(previous.period(), cumulative.id(), row.keys()), bounds);
                constraints.add(new Constraint(List.of(total, before, current), List.of(-1, 1, 1)));
            }
        }
        return constraints;
    }

    private static CellRef zeroIfAbsent(CellRef cell, Map<CellRef, long[]> bounds) {
        bounds.putIfAbsent(cell, new long[] {0, 0});
        return cell;
    }

    static Comparator<CellRef> order() {
        return Comparator.comparing(CellRef::period).thenComparing(CellRef::table)
                .thenComparing(CellRef::keys, ReportTables::compareKeys);
    }
}
