package org.sanctuaryoversight.app.surveillance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary;
import org.sanctuaryoversight.surveillance.AuditSummary.AgencyCount;
import org.sanctuaryoversight.surveillance.ReviewCaseIds;

/** The import page's tables, computed from an import's counts so the template only prints them. */
final class FindingsTables {

    private FindingsTables() {
    }

    /** One row of a table: a label, how many searches, how many flagged, and per rule (in {@link AuditRule} order). */
    record Row(String label, AgencyType type, long searches, long flagged, List<Cell> rules) {
    }

    /** A count and, when it is not zero and belongs to one agency, the review case it went to. */
    record Cell(AuditRule rule, long count, String reviewCaseId) {
    }

    static List<AuditRule> rules() {
        return Arrays.asList(AuditRule.values());
    }

    /** Per agency type, the types with searches only. */
    static List<Row> byType(AuditSummary summary) {
        List<Row> rows = new ArrayList<>();
        for (AgencyType type : AgencyType.values()) {
            List<AgencyCount> ofType = summary.agencies().stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            rows.add(new Row(type.name(), type, ofType.stream().mapToLong(AgencyCount::searches).sum(),
                    ofType.stream().mapToLong(AgencyCount::flaggedSearches).sum(),
                    rules().stream().map(rule -> new Cell(rule, ofType.stream().mapToLong(a -> a.flagged(rule)).sum(),
                            null)).toList()));
        }
        return rows;
    }

    /** Per agency, with the review case of every non-zero count. */
    static List<Row> byAgency(String importId, AuditSummary summary) {
        return summary.agencies().stream().map(a -> new Row(a.agency(), a.type(), a.searches(), a.flaggedSearches(),
                rules().stream().map(rule -> new Cell(rule, a.flagged(rule), a.flagged(rule) == 0 ? null
                        : ReviewCaseIds.forAgency(importId, a.agency(), rule))).toList())).toList();
    }
}
