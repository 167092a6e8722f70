package org.sanctuaryoversight.report.tables;

import static org.sanctuaryoversight.report.tables.ReportTables.ANONYMITY;
import static org.sanctuaryoversight.report.tables.ReportTables.CATEGORIES;
import static org.sanctuaryoversight.report.tables.ReportTables.CHANNELS;
import static org.sanctuaryoversight.report.tables.ReportTables.IDENTITY_VIEW_PURPOSES;
import static org.sanctuaryoversight.report.tables.ReportTables.LANGUAGES;
import static org.sanctuaryoversight.report.tables.ReportTables.median;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sanctuaryoversight.report.Figure;
import org.sanctuaryoversight.report.PublishedRow;
import org.sanctuaryoversight.report.PublishedTable;
import org.sanctuaryoversight.report.ReportingPeriod;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.IdentityViewFacts;
import org.sanctuaryoversight.report.ledger.RecommendationFacts;
import org.sanctuaryoversight.report.ledger.ReferralFacts;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;

/**
 * The tables of one period counted from the ledger's records, one record at a time: what publication did before the
 * ledger kept counters, and what checks the counters now ({@link CounterTables} must give the same tables). The
 * tables' shapes are {@link ReportTables}'; only the counting is here.
 */
public final class RecordTables {

    private RecordTables() {
    }

    /** Counts complaints (not self-initiated reviews) filed in the period. */
    static List<ComplaintFacts> received(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        return ledger.stream().filter(facts -> !facts.selfInitiated() && period.contains(facts.filedAt())).toList();
    }

    /**
     * The exact tables: totals, per-department counts, pipeline, responses, recommendations, federal requests, and
     * the office's own views of complainants' identities.
     */
    public static List<PublishedTable> exactTables(ReportingPeriod period, Collection<ComplaintFacts> ledger,
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
    public static List<CountTable> protectedTables(ReportingPeriod period, ReportingCalendar calendar,
                                            Collection<ComplaintFacts> ledger) {
        List<ComplaintFacts> received = received(period, ledger);
        List<ComplaintFacts> sinceStart = ledger.stream().filter(facts -> !facts.selfInitiated()
                && !facts.filedAt().isBefore(calendar.period(1).startInstant())
                && facts.filedAt().isBefore(period.endInstant())).toList();
        return ReportTables.protectedTables(countBy(received, ComplaintFacts::channel, CHANNELS),
                countBy(received, ComplaintFacts::language, LANGUAGES), anonymity(received), countAllegations(received),
                departmentByCategory(received), countBy(sinceStart, ComplaintFacts::channel, CHANNELS),
                countBy(sinceStart, ComplaintFacts::language, LANGUAGES), anonymity(sinceStart));
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
        return ReportTables.departmentByCategory(counts, List.copyOf(categories.keySet()));
    }

    private static PublishedTable complaintsReceived(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        long complaints = received(period, ledger).size();
        long reviews = ledger.stream().filter(facts -> facts.selfInitiated() && period.contains(facts.filedAt())).count();
        return ReportTables.complaintsReceived(complaints, reviews);
    }

    private static PublishedTable complaintsByDepartment(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, Long> counts = new TreeMap<>();
        received(period, ledger).forEach(facts -> facts.reportedDepartments().forEach(d -> counts.merge(d, 1L, Long::sum)));
        return ReportTables.complaintsByDepartment(counts);
    }

    private static PublishedTable pipeline(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        List<ComplaintFacts> all = ledger.stream().toList();
        List<ReferralFacts> referrals = all.stream().flatMap(facts -> facts.referrals().stream()).toList();
        List<ReferralFacts> responded = referrals.stream().filter(r -> period.contains(r.respondedAt())).toList();
        List<ComplaintFacts> closed = all.stream().filter(facts -> period.contains(facts.closedAt())).toList();
        long open = all.stream().filter(facts -> facts.filedAt().isBefore(period.endInstant())
                && (facts.closedAt() == null || !facts.closedAt().isBefore(period.endInstant()))).count();
        return ReportTables.pipeline(all.stream().filter(facts -> period.contains(facts.acknowledgedAt())).count(),
                referrals.stream().filter(r -> period.contains(r.sentAt())).count(),
                responded.stream().filter(ReferralFacts::respondedOnTime).count(),
                responded.stream().filter(r -> !r.respondedOnTime()).count(), open, closed.size(),
                median(responded.stream().map(r -> Duration.between(r.sentAt(), r.respondedAt())).toList()),
                median(closed.stream().map(facts -> Duration.between(facts.filedAt(), facts.closedAt())).toList()));
    }

    private static PublishedTable closedByOutcome(ReportingPeriod period, Collection<ComplaintFacts> ledger) {
        SortedMap<String, Long> counts = new TreeMap<>();
        ledger.stream().filter(facts -> period.contains(facts.closedAt()))
                .forEach(facts -> counts.merge(facts.outcome(), 1L, Long::sum));
        return ReportTables.closedByOutcome(counts);
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
        return ReportTables.departmentResponses(rows);
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
        return ReportTables.recommendations(rows);
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
        return ReportTables.identityViews(counts);
    }
}
