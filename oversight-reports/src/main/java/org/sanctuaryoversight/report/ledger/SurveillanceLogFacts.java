package org.sanctuaryoversight.report.ledger;

import java.time.LocalDate;
import java.util.List;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;

/**
 * What the 90-day report counts of one audited license-plate reader log: whose log, the days it covers, and its
 * searches per day and agency type with their flags (the latest evaluation's). No search, plate or officer.
 */
public record SurveillanceLogFacts(String importId, String department, LocalDate periodFrom, LocalDate periodTo,
                                   List<DailyCount> days) {
    public SurveillanceLogFacts {
        days = List.copyOf(days);
    }
}
