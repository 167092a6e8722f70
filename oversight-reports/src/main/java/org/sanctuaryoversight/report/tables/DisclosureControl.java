package org.sanctuaryoversight.report.tables;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * Applies the disclosure rules to one period's complainant tables, in the light of every period
 * published before it: the threshold rule, then complementary suppression until the audit finds
 * nothing, or until nothing more can be withheld, in which case the audit result says why
 * publication is blocked.
 */
public final class DisclosureControl {

    private final PrimarySuppressionRule primary;
    private final ComplementarySuppressionRule complementary = new ComplementarySuppressionRule();
    private final DisclosureAudit audit;

    /**
     * @param threshold       counts from 1 to this are shown as a range (default 10)
     * @param protectionWidth a withheld cell must keep at least this many values of uncertainty beyond one
     *                        (1 = never recoverable exactly; default 2)
     */
    public DisclosureControl(int threshold, int protectionWidth) {
        this.primary = new PrimarySuppressionRule(threshold);
        this.audit = new DisclosureAudit(protectionWidth);
    }

    public int threshold() {
        return primary.threshold();
    }

    /**
     * The outcome for {@code period}: the tables as they would be published, and the audit.
     *
     * @param exact  the period's exact tables (the audit reads totals from them)
     * @param others every other period as published (its latest version)
     */
    public Outcome apply(int period, List<CountTable> tables, List<PublishedTable> exact, List<PeriodFigures> others) {
        Map<CellRef, Long> trueCounts = new LinkedHashMap<>();
        Set<CellRef> margins = new HashSet<>();
        Set<CellRef> primaries = new HashSet<>();
        for (CountTable table : tables) {
            table.cells().forEach((keys, count) -> {
                CellRef cell = new CellRef(period, table.id(), keys);
                trueCounts.put(cell, count);
                if (table.isMargin(keys)) {
                    margins.add(cell);
                } else if (primary.applies(table, keys, count)) {
                    primaries.add(cell);
                }
            });
        }
        Set<CellRef> complements = new HashSet<>();
        for (int round = 0; ; round++) {
            List<PublishedTable> published = publish(period, tables, primaries, complements);
            List<PublishedTable> all = new ArrayList<>(exact);
            all.addAll(published);
            List<PeriodFigures> view = new ArrayList<>(others);
            view.add(new PeriodFigures(period, all));
            AuditResult result = audit.audit(view);
            if (result.passed() || round > trueCounts.size()) {
                return new Outcome(published, result);
            }
            Set<CellRef> suppressed = new HashSet<>(primaries);
            suppressed.addAll(complements);
            Map<CellRef, long[]> bounds = new LinkedHashMap<>();
            List<DisclosureAudit.Constraint> constraints = DisclosureAudit.constraints(view, bounds);
            Optional<CellRef> next = Optional.empty();
            for (Exposure exposure : result.exposures()) {
                next = complementary.next(exposure, constraints, period, trueCounts, margins, suppressed);
                if (next.isPresent()) {
                    break;
                }
            }
            if (next.isEmpty()) {
                // Last resort: withhold the exposed small cell itself (no range), which tells a reader less.
                Optional<CellRef> escalate = result.exposures().stream().map(Exposure::cell)
                        .filter(primaries::contains).findFirst();
                if (escalate.isEmpty()) {
                    return new Outcome(published, result);
                }
                primaries.remove(escalate.get());
                complements.add(escalate.get());
                continue;
            }
            complements.add(next.get());
        }
    }

    /** Audits figures as they stand (used to check a deliberately weak suppression, and the staff page). */
    public AuditResult audit(List<PeriodFigures> periods) {
        return audit.audit(periods);
    }

    private List<PublishedTable> publish(int period, List<CountTable> tables, Set<CellRef> primaries,
                                         Set<CellRef> complements) {
        List<PublishedTable> published = new ArrayList<>();
        for (CountTable table : tables) {
            List<PublishedRow> rows = new ArrayList<>();
            table.cells().forEach((keys, count) -> {
                CellRef cell = new CellRef(period, table.id(), keys);
                Figure figure = primaries.contains(cell) ? Figure.range(1, primary.threshold())
                        : complements.contains(cell) ? Figure.complementary() : Figure.exact(count);
                rows.add(new PublishedRow(keys, List.of(figure)));
            });
            published.add(new PublishedTable(table.id(), table.titleEn(), table.titleEs(), true, table.keyColumns(),
                    List.of("count"), rows));
        }
        return published;
    }

    public record Outcome(List<PublishedTable> tables, AuditResult audit) {
    }
}
