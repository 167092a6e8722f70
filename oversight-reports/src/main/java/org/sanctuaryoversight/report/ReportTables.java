package org.sanctuaryoversight.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Pure functions from ledger records to the tables of one period. Nothing here reads a clock, a
 * database or personal data: the same records always give the same tables.
 */
final class ReportTables {

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

    /** Counts complaints (not self-initiated reviews) filed in the period. */
    static List<ComplaintFacts> received(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        return ledger.stream().filter(facts -> !facts.selfInitiated() && period.contains(facts.filedAt())).toList();
    }

    /**
     * The exact tables: totals, per-department counts, pipeline, responses, recommendations, federal requests, and
     * the office's own views of complainants' identities.
     */
    static List<PublishedTable> exactTables(ReportingPeriod period, Collection<ComplaintFacts> ledger,
                                            Collection<FederalRequestLedgerEntry> federalRequests,
                                            Collection<IdentityViewFacts> identityViews) {
        List<PublishedTable> tables = new ArrayList<>();
        tables.add(complaintsReceived(period, ledger));
        tables.add(complaintsByDepartment(period, ledger));
        tables.add(pipeline(period, ledger));
        tables.add(closedByOutcome(period, ledger));
        tables.add(departmentResponses(period, ledger));
        tables.add(recommendations(period, ledger));
        tables.add(AccountabilityTables.federalRequests(period, federalRequests));
        tables.add(identityViews(period, identityViews));
        return tables;
    }

    /**
     * The disclosure-controlled tables of the period. {@code cumulative} tables count from the first
     * period through this one; they are linked to the previous period's by the audit.
     */
    static List<CountTable> protectedTables(ReportingPeriod period, ReportingCalendar calendar,
                                            Collection<ComplaintFacts> ledger) {
        List<ComplaintFacts> received = received(period, ledger);
        List<ComplaintFacts> sinceStart = ledger.stream().filter(facts -> !facts.selfInitiated()
                && !facts.filedAt().isBefore(calendar.period(1).startInstant())
                && facts.filedAt().isBefore(period.endInstant())).toList();
        List<CountTable> tables = new ArrayList<>();
        tables.add(CountTable.oneWay("complaints_by_channel", "Complaints by intake channel",
                "Quejas por vía de presentación", "channel", countBy(received, ComplaintFacts::channel, CHANNELS), null));
        tables.add(CountTable.oneWay("complaints_by_language", "Complaints by language",
                "Quejas por idioma", "language", countBy(received, ComplaintFacts::language, LANGUAGES), null));
        tables.add(CountTable.oneWay("complaints_by_anonymity", "Anonymous and named complaints",
                "Quejas anónimas y con nombre", "anonymity", anonymity(received), null));
        tables.add(CountTable.oneWay("allegations_by_category", "Allegations by category (a complaint may make several)",
                "Alegaciones por categoría (una queja puede tener varias)", "category", countAllegations(received), null));
        tables.add(departmentByCategory(received));
        tables.add(CountTable.oneWay("cumulative_by_channel", "Complaints since the ordinance took effect, by intake channel",
                "Quejas desde la entrada en vigor, por vía de presentación", "channel",
                countBy(sinceStart, ComplaintFacts::channel, CHANNELS), "complaints_by_channel"));
        tables.add(CountTable.oneWay("cumulative_by_language", "Complaints since the ordinance took effect, by language",
                "Quejas desde la entrada en vigor, por idioma", "language",
                countBy(sinceStart, ComplaintFacts::language, LANGUAGES), "complaints_by_language"));
        tables.add(CountTable.oneWay("cumulative_by_anonymity", "Complaints since the ordinance took effect, anonymous and named",
                "Quejas desde la entrada en vigor, anónimas y con nombre", "anonymity", anonymity(sinceStart),
                "complaints_by_anonymity"));
        return tables;
    }

    private static SortedMap<String, Long> countBy(List<ComplaintFacts> complaints, Function<ComplaintFacts, String> key,
                                                   List<String> vocabulary) {
        SortedMap<String, Long> counts = new TreeMap<>();
        vocabulary.forEach(value -> counts.put(value, 0L));
        complaints.forEach(facts -> counts.merge(key.apply(facts), 1L, Long::sum));
        return counts;
    }

    private static SortedMap<String, Long> anonymity(List<ComplaintFacts> complaints) {
        SortedMap<String, Long> counts = new TreeMap<>();
        ANONYMITY.forEach(value -> counts.put(value, 0L));
        complaints.forEach(facts -> counts.merge(facts.anonymous() ? "anonymous" : "named", 1L, Long::sum));
        return counts;
    }

    private static SortedMap<String, Long> countAllegations(List<ComplaintFacts> complaints) {
        SortedMap<String, Long> counts = new TreeMap<>();
        CATEGORIES.forEach(value -> counts.put(value, 0L));
        complaints.forEach(facts -> facts.categories().forEach(category -> counts.merge(category, 1L, Long::sum)));
        return counts;
    }

    private static CountTable departmentByCategory(List<ComplaintFacts> complaints) {
        SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
        TreeMap<String, Boolean> categories = new TreeMap<>();
        CATEGORIES.forEach(category -> categories.put(category, true));
        for (ComplaintFacts facts : complaints) {
            for (String department : facts.reportedDepartments()) {
                for (String category : facts.categories()) {
                    counts.computeIfAbsent(department, any -> new TreeMap<>()).merge(category, 1L, Long::sum);
                    categories.put(category, true);
                }
            }
        }
        return CountTable.twoWay("department_by_category", "Allegations by department and category",
                "Alegaciones por departamento y categoría", "department", "category", counts,
                List.copyOf(categories.keySet()));
    }

    private static PublishedTable complaintsReceived(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        long complaints = received(period, ledger).size();
        long reviews = ledger.stream().filter(facts -> facts.selfInitiated() && period.contains(facts.filedAt())).count();
        return new PublishedTable("complaints_received", "Complaints received and reviews opened",
                "Quejas recibidas y revisiones abiertas", false, List.of("measure"), List.of("count"), List.of(
                row("complaints_received", complaints),
                row("reviews_opened_by_office", reviews)));
    }

    private static PublishedTable complaintsByDepartment(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, Long> counts = new TreeMap<>();
        received(period, ledger).forEach(facts -> facts.reportedDepartments().forEach(d -> counts.merge(d, 1L, Long::sum)));
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((department, count) -> rows.add(row(department, count)));
        return new PublishedTable("complaints_by_department", "Complaints by department (a complaint may name several)",
                "Quejas por departamento (una queja puede nombrar varios)", false, List.of("department"),
                List.of("complaints"), rows);
    }

    private static PublishedTable pipeline(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        List<ComplaintFacts> all = ledger.stream().toList();
        List<ReferralFacts> referrals = all.stream().flatMap(facts -> facts.referrals().stream()).toList();
        List<ReferralFacts> responded = referrals.stream().filter(r -> period.contains(r.respondedAt())).toList();
        List<ComplaintFacts> closed = all.stream().filter(facts -> period.contains(facts.closedAt())).toList();
        long open = all.stream().filter(facts -> facts.filedAt().isBefore(period.endInstant())
                && (facts.closedAt() == null || !facts.closedAt().isBefore(period.endInstant()))).count();
        return new PublishedTable("pipeline", "What happened to complaints in the period",
                "Qué pasó con las quejas en el período", false, List.of("measure"), List.of("value"), List.of(
                row("acknowledged", all.stream().filter(facts -> period.contains(facts.acknowledgedAt())).count()),
                row("referred_to_departments", referrals.stream().filter(r -> period.contains(r.sentAt())).count()),
                row("department_responses_on_time", responded.stream().filter(ReferralFacts::respondedOnTime).count()),
                row("department_responses_late", responded.stream().filter(r -> !r.respondedOnTime()).count()),
                row("open_at_period_end", open),
                row("closed", closed.size()),
                new PublishedRow(List.of("median_days_to_department_response"), List.of(median(responded.stream()
                        .map(r -> Duration.between(r.sentAt(), r.respondedAt())).toList()))),
                new PublishedRow(List.of("median_days_to_closure"), List.of(median(closed.stream()
                        .map(facts -> Duration.between(facts.filedAt(), facts.closedAt())).toList())))));
    }

    private static PublishedTable closedByOutcome(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, Long> counts = new TreeMap<>();
        ledger.stream().filter(facts -> period.contains(facts.closedAt()))
                .forEach(facts -> counts.merge(facts.outcome(), 1L, Long::sum));
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((outcome, count) -> rows.add(row(outcome, count)));
        rows.add(row(PublishedTable.TOTAL, counts.values().stream().mapToLong(Long::longValue).sum()));
        return new PublishedTable("closed_by_outcome", "Cases closed, by outcome", "Casos cerrados, por resultado", false,
                List.of("outcome"), List.of("closed"), rows);
    }

    private static PublishedTable departmentResponses(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, List<ReferralFacts>> byDepartment = new TreeMap<>();
        ledger.stream().flatMap(facts -> facts.referrals().stream())
                .forEach(r -> byDepartment.computeIfAbsent(r.department(), any -> new ArrayList<>()).add(r));
        List<PublishedRow> rows = new ArrayList<>();
        byDepartment.forEach((department, referrals) -> {
            List<ReferralFacts> responded = referrals.stream().filter(r -> period.contains(r.respondedAt())).toList();
            long sent = referrals.stream().filter(r -> period.contains(r.sentAt())).count();
            long overdue = referrals.stream().filter(r -> r.sentAt().isBefore(period.endInstant())
                    && r.dueDate().isBefore(period.endExclusive())
                    && (r.respondedAt() == null || !r.respondedAt().isBefore(period.endInstant()))).count();
            if (sent + responded.size() + overdue == 0) {
                return;
            }
            rows.add(new PublishedRow(List.of(department), List.of(Figure.exact(sent),
                    Figure.exact(responded.stream().filter(ReferralFacts::respondedOnTime).count()),
                    Figure.exact(responded.stream().filter(r -> !r.respondedOnTime()).count()),
                    Figure.exact(overdue),
                    median(responded.stream().map(r -> Duration.between(r.sentAt(), r.respondedAt())).toList()))));
        });
        return new PublishedTable("department_responses", "Department responses to referrals",
                "Respuestas de los departamentos a las remisiones", false, List.of("department"),
                List.of("referrals_sent", "responses_on_time", "responses_late", "overdue_without_response_at_period_end",
                        "median_days_to_response"), rows);
    }

    private static PublishedTable recommendations(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, List<RecommendationFacts>> byDepartment = new TreeMap<>();
        ledger.stream().flatMap(facts -> facts.recommendations().stream())
                .forEach(r -> byDepartment.computeIfAbsent(r.department(), any -> new ArrayList<>()).add(r));
        List<PublishedRow> rows = new ArrayList<>();
        byDepartment.forEach((department, recommendations) -> {
            long made = recommendations.stream().filter(r -> period.contains(r.madeAt())).count();
            List<RecommendationFacts> answered = recommendations.stream().filter(r -> period.contains(r.answeredAt())).toList();
            long unanswered = recommendations.stream().filter(r -> r.madeAt().isBefore(period.endInstant())
                    && (r.answeredAt() == null || !r.answeredAt().isBefore(period.endInstant()))).count();
            if (made + answered.size() + unanswered == 0) {
                return;
            }
            // IMPLEMENTED follows ACCEPTED: an implemented recommendation was accepted.
            Predicate<RecommendationFacts> accepted = r -> "ACCEPTED".equals(r.answer()) || "IMPLEMENTED".equals(r.answer());
            rows.add(new PublishedRow(List.of(department), List.of(Figure.exact(made),
                    Figure.exact(answered.stream().filter(accepted).count()),
                    Figure.exact(answered.stream().filter(accepted.negate()).count()),
                    Figure.exact(unanswered))));
        });
        return new PublishedTable("recommendations", "Recommendations to departments",
                "Recomendaciones a los departamentos", false, List.of("department"),
                List.of("made", "accepted", "answered_otherwise", "awaiting_answer_at_period_end"), rows);
    }

    /**
     * How often staff were shown a complainant's contact details in the period, by purpose. Published exactly: it
     * counts actions of the office (one complaint may be viewed many times, in any period after its filing), not
     * complainants, so it cannot single anyone out; every purpose gets a row, zero or not.
     */
    private static PublishedTable identityViews(ReportingPeriod period, Collection<IdentityViewFacts> views) {
        SortedMap<String, Long> counts = new TreeMap<>();
        IDENTITY_VIEW_PURPOSES.forEach(purpose -> counts.put(purpose, 0L));
        views.stream().filter(view -> period.contains(view.viewedAt()))
                .forEach(view -> counts.merge(view.purpose(), 1L, Long::sum));
        List<PublishedRow> rows = new ArrayList<>();
        counts.forEach((purpose, count) -> rows.add(row(purpose, count)));
        rows.add(row(PublishedTable.TOTAL, counts.values().stream().mapToLong(Long::longValue).sum()));
        return new PublishedTable("staff_identity_views", "Staff views of complainants' contact details and files, by purpose",
                "Consultas del personal a los datos de contacto y archivos de quienes presentaron quejas, por motivo", false,
                List.of("purpose"), List.of("views"), rows);
    }

    static int compareKeys(List<String> left, List<String> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int comparison = left.get(i).compareTo(right.get(i));
            if (comparison != 0) {
                return comparison;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    private static PublishedRow row(String key, long count) {
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
