package org.sanctuaryoversight.report.tables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PeriodFigures;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.FindingFacts;
import org.sanctuaryoversight.report.ledger.RecommendationFacts;
import org.sanctuaryoversight.report.ledger.ReferralFacts;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;

/**
 * The tables that hold departments and the office to account over time: the department accountability view, the
 * federal requests received in the period, those documented late (after the report of the period they were received in was published) and the
 * trends across every published period. Pure functions, like {@link ReportTables}; every figure is exact (they count
 * departments' and the office's actions, not people who complained).
 */
public final class AccountabilityTables {

    public static final String ACCOUNTABILITY = "department_accountability";
    public static final String DOCUMENTED_LATE = "federal_requests_documented_late";
    public static final String TRENDS = "trends";
    static final List<String> ACCOUNTABILITY_MEASURES = List.of("federal_requests", "flagged_federal_requests",
            "helped_without_judicial_warrant", "referrals_due", "answered_on_time", "sustained_findings",
            "recommendations_implemented");
    static final List<String> TREND_MEASURES = List.of("complaints_received", "federal_requests",
            "flagged_federal_requests", "department_answers_on_time", "department_answers_late");

    private AccountabilityTables() {
    }

    /**
     * Per department, what the methodology defines: requests received in the period (flagged; answered with help on
     * less than a judge's signature), referral answers due in the period (answered by the due day), findings recorded
     * in the period that sustained an allegation against it, and recommendations it reported implemented in the
     * period. Every department of the directory has a row, zero or not.
     */
    public static PublishedTable accountability(ReportingPeriod period, Collection<ComplaintFacts> complaints,
                                         Collection<FederalRequestLedgerEntry> requests, List<String> directory) {
        SortedMap<String, long[]> counts = new TreeMap<>();
        directory.forEach(department -> counts.put(department, new long[ACCOUNTABILITY_MEASURES.size()]));
        for (FederalRequestLedgerEntry request : requests) {
            if (period.contains(request.received())) {
                long[] row = counts.computeIfAbsent(request.department(), any -> new long[ACCOUNTABILITY_MEASURES.size()]);
                row[0]++;
                row[1] += request.flagged() ? 1 : 0;
                row[2] += request.helpedWithoutJudicialWarrant() ? 1 : 0;
            }
        }
        for (ComplaintFacts complaint : complaints) {
            for (ReferralFacts referral : complaint.referrals()) {
                if (period.contains(referral.dueDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())) {
                    long[] row = counts.computeIfAbsent(referral.department(),
                            any -> new long[ACCOUNTABILITY_MEASURES.size()]);
                    row[3]++;
                    row[4] += referral.respondedOnTime() ? 1 : 0;
                }
            }
            for (FindingFacts finding : complaint.findings()) {
                if (finding.department() != null && "SUSTAINED".equals(finding.finding())
                        && period.contains(finding.recordedAt())) {
                    counts.computeIfAbsent(finding.department(), any -> new long[ACCOUNTABILITY_MEASURES.size()])[5]++;
                }
            }
            for (RecommendationFacts recommendation : complaint.recommendations()) {
                if ("IMPLEMENTED".equals(recommendation.answer()) && period.contains(recommendation.answeredAt())) {
                    counts.computeIfAbsent(recommendation.department(),
                            any -> new long[ACCOUNTABILITY_MEASURES.size()])[6]++;
                }
            }
        }
        return accountability(counts);
    }

    /** @param counts per department (every one of the directory, and any other counted), the measures in order */
    public static PublishedTable accountability(SortedMap<String, long[]> counts) {
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((department, row) -> rows.add(new PublishedRow(List.of(department),
                java.util.Arrays.stream(row).mapToObj(Figure::exact).toList())));
        return new PublishedTable(ACCOUNTABILITY, "Department accountability", "Rendición de cuentas por departamento",
                false, List.of("department"), ACCOUNTABILITY_MEASURES, rows);
    }

    /** Requests received in the period, by department, request type, legal document and response. */
    static PublishedTable federalRequests(ReportingPeriod period, Collection<FederalRequestLedgerEntry> requests) {
        SortedMap<List<String>, long[]> counts = new TreeMap<>(ReportTables::compareKeys);
        requests.stream().filter(r -> period.contains(r.received())).forEach(r -> {
            long[] count = counts.computeIfAbsent(List.of(r.department(), r.requestType(), r.legalDocument(),
                    r.response()), any -> new long[2]);
            count[0]++;
            count[1] += r.flagged() ? 1 : 0;
        });
        return federalRequests(counts);
    }

    /** @param counts requests and flagged requests by department, request type, legal document and response */
    static PublishedTable federalRequests(SortedMap<List<String>, long[]> counts) {
        return countsWithTotal("federal_requests", "Documented federal immigration requests",
                "Solicitudes federales de inmigración documentadas",
                List.of("department", "request_type", "legal_document", "response"), List.of("requests", "flagged"), counts);
    }

    /**
     * A table of exact counts and a total row whose every key is {@value PublishedTable#TOTAL}: a primary key of a
     * machine-readable table is never empty, and the total row cannot be mistaken for a department.
     */
    static PublishedTable countsWithTotal(String id, String titleEn, String titleEs, List<String> keyColumns,
                                          List<String> measures, SortedMap<List<String>, long[]> counts) {
        List<PublishedRow> rows = new ArrayList<>();
        long[] total = new long[measures.size()];
        for (Map.Entry<List<String>, long[]> entry : counts.entrySet()) {
            rows.add(new PublishedRow(entry.getKey(), java.util.Arrays.stream(entry.getValue())
                    .mapToObj(Figure::exact).toList()));
            for (int i = 0; i < total.length; i++) {
                total[i] += entry.getValue()[i];
            }
        }
        rows.add(new PublishedRow(java.util.Collections.nCopies(keyColumns.size(), PublishedTable.TOTAL),
                java.util.Arrays.stream(total).mapToObj(Figure::exact).toList()));
        return new PublishedTable(id, titleEn, titleEs, false, keyColumns, measures, rows);
    }

    /**
     * Requests documented during this period that were received in an earlier one, after that earlier period's
     * report was first published: its figures missed them, so they are reported here (and the earlier period is
     * flagged for a correction on the staff page).
     */
    public static PublishedTable documentedLate(ReportingPeriod period, ReportingCalendar calendar,
                                         Collection<FederalRequestLedgerEntry> requests, Map<Integer, Instant> firstPublished) {
        SortedMap<List<String>, long[]> counts = new TreeMap<>(java.util.Comparator
                .<List<String>>comparingInt(keys -> Integer.parseInt(keys.get(0))).thenComparing(ReportTables::compareKeys));
        for (FederalRequestLedgerEntry request : lateFrom(period, calendar, requests, firstPublished)) {
            int received = calendar.periodOf(request.received()).orElseThrow().number();
            long[] count = counts.computeIfAbsent(List.of(Integer.toString(received),
                    request.department(), request.requestType(), request.legalDocument(), request.response()),
                    any -> new long[2]);
            count[0]++;
            count[1] += request.flagged() ? 1 : 0;
        }
        return countsWithTotal(DOCUMENTED_LATE, "Federal requests documented late, from earlier periods",
                "Solicitudes federales documentadas tarde, de períodos anteriores",
                List.of("received_in_period", "department", "request_type", "legal_document", "response"),
                List.of("requests", "flagged"), counts);
    }

    /** The requests {@link #documentedLate} counts. */
    static List<FederalRequestLedgerEntry> lateFrom(ReportingPeriod period, ReportingCalendar calendar,
                                              Collection<FederalRequestLedgerEntry> requests,
                                              Map<Integer, Instant> firstPublished) {
        return requests.stream().filter(request -> period.contains(request.documentedAt())
                && request.received().isBefore(period.startInstant())).filter(request -> {
                    Optional<ReportingPeriod> received = calendar.periodOf(request.received());
                    Instant published = received.map(p -> firstPublished.get(p.number())).orElse(null);
                    return published != null && request.documentedAt().isAfter(published);
                }).toList();
    }

    /**
     * One row per period from the first to this one: the headline figures of each earlier period as its latest
     * published version gave them, and this period's own.
     */
    public static PublishedTable trends(int period, List<PublishedTable> current, List<PeriodFigures> others) {
        SortedSet<Integer> periods = new TreeSet<>();
        Map<Integer, List<PublishedTable>> byPeriod = new TreeMap<>();
        for (PeriodFigures figures : others) {
            if (figures.period() < period) {
                periods.add(figures.period());
                byPeriod.put(figures.period(), figures.tables());
            }
        }
        byPeriod.put(period, current);
        periods.add(period);
        List<PublishedRow> rows = new ArrayList<>();
        for (int number : periods) {
            List<PublishedTable> tables = byPeriod.get(number);
            rows.add(new PublishedRow(List.of(Integer.toString(number)), List.of(
                    figure(tables, "complaints_received", "complaints_received", 0),
                    figure(tables, "federal_requests", PublishedTable.TOTAL, 0),
                    figure(tables, "federal_requests", PublishedTable.TOTAL, 1),
                    figure(tables, "pipeline", "department_responses_on_time", 0),
                    figure(tables, "pipeline", "department_responses_late", 0))));
        }
        return new PublishedTable(TRENDS, "Trends across published periods", "Tendencias de los períodos publicados",
                false, List.of("period"), TREND_MEASURES, rows);
    }

    /** The figure of the row whose first key is {@code key} (any later keys: older total rows had empty ones). */
    private static Figure figure(List<PublishedTable> tables, String table, String key, int measure) {
        return tables.stream().filter(t -> t.id().equals(table)).findFirst()
                .flatMap(t -> t.rows().stream().filter(row -> row.keys().get(0).equals(key)).findFirst())
                .map(row -> row.figures().get(measure)).orElse(Figure.notApplicable());
    }
}
