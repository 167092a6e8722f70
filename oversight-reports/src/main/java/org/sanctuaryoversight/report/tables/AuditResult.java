package org.sanctuaryoversight.report.tables;

import java.util.List;

/** What the disclosure audit found: publication is allowed only when nothing is exposed. */
public record AuditResult(List<Exposure> exposures, int suppressedCells, int constraints) {

    public AuditResult {
        exposures = List.copyOf(exposures);
    }

    public boolean passed() {
        return exposures.isEmpty();
    }
}
