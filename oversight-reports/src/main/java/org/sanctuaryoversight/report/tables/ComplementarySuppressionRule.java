package org.sanctuaryoversight.report.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 2, complementary suppression: while the {@link DisclosureAudit} can recover or narrow a
 * suppressed cell, withhold one more cell of this period. It takes the equation that betrays the
 * exposed cell with the fewest other withheld cells, and in it the smallest non-zero count that is
 * not a margin (ties by table and key order, so the result is deterministic). Earlier periods are
 * frozen: only this period's cells can be withheld. Returns empty when nothing more can be withheld.
 */
final class ComplementarySuppressionRule {

    Optional<CellRef> next(Exposure exposure, List<DisclosureAudit.Constraint> constraints, int period,
                           Map<CellRef, Long> trueCounts, Set<CellRef> margins, Set<CellRef> suppressed) {
        List<DisclosureAudit.Constraint> betraying = new ArrayList<>(constraints.stream()
                .filter(constraint -> constraint.cells().contains(exposure.cell())).toList());
        betraying.sort(Comparator.comparingLong(constraint -> constraint.cells().stream()
                .filter(suppressed::contains).count()));
        for (DisclosureAudit.Constraint constraint : betraying) {
            Map<CellRef, Long> candidates = new LinkedHashMap<>();
            for (CellRef cell : constraint.cells()) {
                if (cell.period() == period && trueCounts.containsKey(cell) && !margins.contains(cell)
                        && !suppressed.contains(cell)) {
                    candidates.put(cell, trueCounts.get(cell));
                }
            }
            Optional<CellRef> choice = candidates.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<CellRef, Long>>comparingInt(entry -> entry.getValue() == 0 ? 1 : 0)
                            .thenComparingLong(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, DisclosureAudit.order()))
                    .map(Map.Entry::getKey).findFirst();
            if (choice.isPresent()) {
                return choice;
            }
        }
        return Optional.empty();
    }
}
