package org.sanctuaryoversight.report.tables;

import java.util.List;

/**
 * Rule 1, the threshold rule: a cell describing complainants whose count is from 1 to the threshold
 * is shown as the range {@code 1-threshold}. Zero is shown (it describes nobody); margins (totals) are
 * always exact.
 */
final class PrimarySuppressionRule {

    private final int threshold;

    PrimarySuppressionRule(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("The disclosure threshold must be at least 1");
        }
        this.threshold = threshold;
    }

    int threshold() {
        return threshold;
    }

    boolean applies(CountTable table, List<String> keys, long count) {
        return !table.isMargin(keys) && count >= 1 && count <= threshold;
    }
}
