package org.sanctuaryoversight.report.tables;

import java.util.List;
import java.util.Map;

/**
 * Tightens bounds one equation at a time, chained until nothing changes: what subtraction, repeated across tables and
 * periods, reveals. A relaxation of the reader's full linear programme (it never combines two equations into a third),
 * so the audit follows it with {@link LinearProgrammingBounds}.
 */
final class IntervalPropagation {

    private IntervalPropagation() {
    }

    static void tighten(List<DisclosureAudit.Constraint> constraints, Map<CellRef, long[]> bounds) {
        boolean changed = true;
        for (int pass = 0; changed && pass < 10_000; pass++) {
            changed = false;
            for (DisclosureAudit.Constraint constraint : constraints) {
                for (int k = 0; k < constraint.cells().size(); k++) {
                    long low = 0;
                    long high = 0;
                    for (int i = 0; i < constraint.cells().size(); i++) {
                        if (i == k) {
                            continue;
                        }
                        long[] bound = bounds.get(constraint.cells().get(i));
                        if (constraint.coefficients().get(i) > 0) {
                            low += bound[0];
                            high += bound[1];
                        } else {
                            low -= bound[1];
                            high -= bound[0];
                        }
                    }
                    // a_k * x_k = -(sum of the others)
                    long[] bound = bounds.get(constraint.cells().get(k));
                    long newLow = constraint.coefficients().get(k) > 0 ? -high : low;
                    long newHigh = constraint.coefficients().get(k) > 0 ? -low : high;
                    if (newLow > bound[0] && newLow <= bound[1]) {
                        bound[0] = newLow;
                        changed = true;
                    }
                    if (newHigh < bound[1] && newHigh >= bound[0]) {
                        bound[1] = newHigh;
                        changed = true;
                    }
                }
            }
        }
    }
}
