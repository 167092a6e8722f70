package org.sanctuaryoversight.report.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;

/**
 * The tables of one period, built from their counts (the ledger's counters, or {@link RecordTables} counting the
 * records), with the closed vocabularies that give every value a row. Nothing here reads a clock, a database or
 * personal data: the same counts always give the same tables.
 */
public final class ReportTables {

    static final List<String> ANONYMITY = List.of("anonymous", "named");
    /*
     * Every value of a closed vocabulary gets a row, zero or not: a reader then cannot tell a missing row
     * from a zero, and a zero row can be withheld to protect a small one beside it.
     */
    static final List<String> CHANNELS = java.util.Arrays.stream(
            org.sanctuaryoversight.complaint.intake.IntakeChannel.values()).map(Enum::name).toList();
    static final List<String> CATEGORIES = java.util.Arrays.stream(
            org.sanctuaryoversight.complaint.intake.AllegationCategory.values()).map(Enum::name).toList();
    static final List<String> LANGUAGES = List.of("en", "es");
    static final List<String> IDENTITY_VIEW_PURPOSES = java.util.Arrays.stream(
            org.sanctuaryoversight.complaint.identity.IdentityViewPurpose.values()).map(Enum::name).toList();

    private ReportTables() {
    }

    /** The disclosure-controlled tables from their counts (from records, or from the ledger's counters). */
    static List<CountTable> protectedTables(SortedMap<String, Long> channels, SortedMap<String, Long> languages,
                                            SortedMap<String, Long> anonymity, SortedMap<String, Long> allegations,
                                            CountTable departmentByCategory, SortedMap<String, Long> cumulativeChannels,
                                            SortedMap<String, Long> cumulativeLanguages,
                                            SortedMap<String, Long> cumulativeAnonymity) {
        List<CountTable> tables = new ArrayList<>();
        tables.add(CountTable.oneWay("complaints_by_channel", "Complaints by intake channel",
                "Quejas por vía de presentación", "channel", channels, null));
        tables.add(CountTable.oneWay("complaints_by_language", "Complaints by language",
                "Quejas por idioma", "language", languages, null));
        tables.add(CountTable.oneWay("complaints_by_anonymity", "Anonymous and named complaints",
                "Quejas anónimas y con nombre", "anonymity", anonymity, null));
        tables.add(CountTable.oneWay("allegations_by_category", "Allegations by category (a complaint may make several)",
                "Alegaciones por categoría (una queja puede tener varias)", "category", allegations, null));
        tables.add(departmentByCategory);
        tables.add(CountTable.oneWay("cumulative_by_channel", "Complaints since the ordinance took effect, by intake channel",
                "Quejas desde la entrada en vigor, por vía de presentación", "channel",
                cumulativeChannels, "complaints_by_channel"));
        tables.add(CountTable.oneWay("cumulative_by_language", "Complaints since the ordinance took effect, by language",
                "Quejas desde la entrada en vigor, por idioma", "language",
                cumulativeLanguages, "complaints_by_language"));
        tables.add(CountTable.oneWay("cumulative_by_anonymity", "Complaints since the ordinance took effect, anonymous and named",
                "Quejas desde la entrada en vigor, anónimas y con nombre", "anonymity", cumulativeAnonymity,
                "complaints_by_anonymity"));
        return tables;
    }

    /** @param categories every category of the vocabulary and any other counted, sorted */
    static CountTable departmentByCategory(SortedMap<String, SortedMap<String, Long>> counts, List<String> categories) {
        return CountTable.twoWay("department_by_category", "Allegations by department and category",
                "Alegaciones por departamento y categoría", "department", "category", counts, categories);
    }

    static PublishedTable complaintsReceived(long complaints, long reviews) {
        return new PublishedTable("complaints_received", "Complaints received and reviews opened",
                "Quejas recibidas y revisiones abiertas", false, List.of("measure"), List.of("count"), List.of(
                row("complaints_received", complaints),
                row("reviews_opened_by_office", reviews)));
    }

    static PublishedTable complaintsByDepartment(SortedMap<String, Long> counts) {
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((department, count) -> rows.add(row(department, count)));
        return new PublishedTable("complaints_by_department", "Complaints by department (a complaint may name several)",
                "Quejas por departamento (una queja puede nombrar varios)", false, List.of("department"),
                List.of("complaints"), rows);
    }

    static PublishedTable pipeline(long acknowledged, long referred, long onTime, long late, long open, long closed,
                                   Figure medianResponse, Figure medianClosure) {
        return new PublishedTable("pipeline", "What happened to complaints in the period",
                "Qué pasó con las quejas en el período", false, List.of("measure"), List.of("value"), List.of(
                row("acknowledged", acknowledged),
                row("referred_to_departments", referred),
                row("department_responses_on_time", onTime),
                row("department_responses_late", late),
                row("open_at_period_end", open),
                row("closed", closed),
                new PublishedRow(List.of("median_days_to_department_response"), List.of(medianResponse)),
                new PublishedRow(List.of("median_days_to_closure"), List.of(medianClosure))));
    }

    static PublishedTable closedByOutcome(SortedMap<String, Long> counts) {
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((outcome, count) -> rows.add(row(outcome, count)));
        rows.add(row(PublishedTable.TOTAL, counts.values().stream().mapToLong(Long::longValue).sum()));
        return new PublishedTable("closed_by_outcome", "Cases closed, by outcome", "Casos cerrados, por resultado", false,
                List.of("outcome"), List.of("closed"), rows);
    }

    /** @param rows per department: sent, on time, late, overdue at period end, median days to response */
    static PublishedTable departmentResponses(List<PublishedRow> rows) {
        return new PublishedTable("department_responses", "Department responses to referrals",
                "Respuestas de los departamentos a las remisiones", false, List.of("department"),
                List.of("referrals_sent", "responses_on_time", "responses_late", "overdue_without_response_at_period_end",
                        "median_days_to_response"), rows);
    }

    /** @param rows per department: made, accepted, answered otherwise, awaiting an answer at period end */
    static PublishedTable recommendations(List<PublishedRow> rows) {
        return new PublishedTable("recommendations", "Recommendations to departments",
                "Recomendaciones a los departamentos", false, List.of("department"),
                List.of("made", "accepted", "answered_otherwise", "awaiting_answer_at_period_end"), rows);
    }

    /** @param counts every purpose of the vocabulary, zero or not, and any other counted */
    static PublishedTable identityViews(SortedMap<String, Long> counts) {
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((purpose, count) -> rows.add(row(purpose, count)));
        rows.add(row(PublishedTable.TOTAL, counts.values().stream().mapToLong(Long::longValue).sum()));
        return new PublishedTable("staff_identity_views", "Staff views of complainants' contact details and files, by purpose",
                "Consultas del personal a los datos de contacto y archivos de quienes presentaron quejas, por motivo", false,
                List.of("purpose"), List.of("views"), rows);
    }

    public static int compareKeys(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int comparison = left.get(i).compareTo(right.get(i));
            if (comparison != 0) {
                return comparison;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    static PublishedRow row(String key, long count) {
        return new PublishedRow(List.of(key), List.of(Figure.exact(count)));
    }

    /** The median in days with one decimal (half up), or not applicable when there are no cases. */
    static Figure median(List<Duration> durations) {
        if (durations.isEmpty()) {
            return Figure.notApplicable();
        }
        List<Long> seconds = durations.stream().map(Duration::getSeconds).sorted().toList();
        int middle = seconds.size() / 2;
        BigDecimal medianSeconds = seconds.size() % 2 == 1 ? BigDecimal.valueOf(seconds.get(middle))
                : BigDecimal.valueOf(seconds.get(middle - 1) + seconds.get(middle)).divide(BigDecimal.valueOf(2));
        return Figure.decimal(medianSeconds.divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP).toPlainString());
    }

}
