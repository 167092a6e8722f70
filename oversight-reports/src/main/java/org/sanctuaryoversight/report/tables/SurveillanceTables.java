package org.sanctuaryoversight.report.tables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.SurveillanceLogFacts;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary.DailyCount;

/**
 * The report's tables of the surveillance data-sharing audit: the license-plate reader searches the office
 * audited in the period, by who searched and why they were flagged, and which departments handed in logs that
 * cover the whole period. Pure functions like {@link ReportTables}; every figure is exact (they count searches by
 * agencies and logs by departments, not people).
 */
public final class SurveillanceTables {

    static final String SEARCHES = "alpr_searches_by_agency_type_and_flag";
    static final String LOGS = "alpr_logs_by_department";
    static final List<String> SEARCH_MEASURES = Stream.concat(Stream.of("searches", "flagged_searches"),
            Stream.of(AuditRule.values()).map(rule -> rule.name().toLowerCase(Locale.ROOT))).toList();
    static final List<String> LOG_MEASURES = List.of("logs", "days_in_period", "days_covered", "complete");

    private SurveillanceTables() {
    }

    /**
     * @param requiredDepartments the departments that owe the office their logs: each has a row of the logs table,
     *                            whether it submitted anything or not
     */
    static List<PublishedTable> tables(ReportingPeriod period, Collection<SurveillanceLogFacts> logs,
                                       List<String> requiredDepartments) {
        return List.of(searches(period, logs), logs(period, logs, requiredDepartments));
    }

    /** Searches made on the period's days (in the city's zone) of every audited log, per agency type; totals last. */
    public static PublishedTable searches(ReportingPeriod period, Collection<SurveillanceLogFacts> logs) {
        long[][] counts = new long[AgencyType.values().length + 1][SEARCH_MEASURES.size()];
        for (SurveillanceLogFacts log : logs) {
            for (DailyCount day : log.days()) {
                if (day.day().isBefore(period.start()) || !day.day().isBefore(period.endExclusive())) {
                    continue;
                }
                for (long[] row : new long[][] {counts[day.type().ordinal()], counts[AgencyType.values().length]}) {
                    row[0] += day.searches();
                    row[1] += day.flaggedSearches();
                    for (AuditRule rule : AuditRule.values()) {
                        row[2 + rule.ordinal()] += day.flagged(rule);
                    }
                }
            }
        }
        List<PublishedRow> rows = new ArrayList<>();
        for (AgencyType type : AgencyType.values()) {
            rows.add(row(type.name(), counts[type.ordinal()]));
        }
        rows.add(row(PublishedTable.TOTAL, counts[AgencyType.values().length]));
        return new PublishedTable(SEARCHES, "License-plate reader searches audited, by agency type and flag",
                "Búsquedas de lectores de matrículas auditadas, por tipo de agencia y señal", false,
                List.of("agency_type"), SEARCH_MEASURES, rows);
    }

    /**
     * Per department: logs that cover any day of the period, how many of its days they cover together, and whether
     * that is every day (1) or not (0). A department that owes logs and sent none has a row of zeros.
     */
    public static PublishedTable logs(ReportingPeriod period, Collection<SurveillanceLogFacts> logs,
                               List<String> requiredDepartments) {
        SortedSet<String> departments = new TreeSet<>(requiredDepartments);
        logs.stream().filter(log -> overlaps(log, period)).forEach(log -> departments.add(log.department()));
        long daysInPeriod = period.endExclusive().toEpochDay() - period.start().toEpochDay();
        List<PublishedRow> rows = new ArrayList<>();
        for (String department : departments) {
            List<SurveillanceLogFacts> own = logs.stream()
                    .filter(log -> log.department().equals(department) && overlaps(log, period)).toList();
            long covered = 0;
            for (LocalDate day = period.start(); day.isBefore(period.endExclusive()); day = day.plusDays(1)) {
                LocalDate current = day;
                if (own.stream().anyMatch(log -> !current.isBefore(log.periodFrom()) && !current.isAfter(log.periodTo()))) {
                    covered++;
                }
            }
            rows.add(row(department, new long[] {own.size(), daysInPeriod, covered, covered == daysInPeriod ? 1 : 0}));
        }
        return new PublishedTable(LOGS, "License-plate reader search logs handed in, by department",
                "Registros de búsquedas de lectores de matrículas entregados, por departamento", false,
                List.of("department"), LOG_MEASURES, rows);
    }

    private static boolean overlaps(SurveillanceLogFacts log, ReportingPeriod period) {
        return !log.periodTo().isBefore(period.start()) && log.periodFrom().isBefore(period.endExclusive());
    }

    private static PublishedRow row(String key, long[] values) {
        return new PublishedRow(List.of(key), java.util.Arrays.stream(values).mapToObj(Figure::exact).toList());
    }
}
