package org.sanctuaryoversight.report.tables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.FindingFacts;
import org.sanctuaryoversight.report.ledger.IdentityViewFacts;
import org.sanctuaryoversight.report.ledger.LedgerCounter;
import org.sanctuaryoversight.report.ledger.RecommendationFacts;
import org.sanctuaryoversight.report.ledger.ReferralFacts;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;

/**
 * What one ledger record adds to the per-period counters: a pure function of the record and the calendar. The ledger
 * applies the difference between a record's contributions before and after a write ({@link #delta}), so an event
 * applied twice changes nothing and a record that moves to another period or another key (an amendment, a closure,
 * a reopening) moves its count instead of counting twice.
 *
 * <p>Each measure is what {@link ReportTables} and {@link AccountabilityTables} count for one period. A figure about
 * a state at the end of a period (open complaints, overdue referrals, unanswered recommendations) is counted as a
 * stock: {@code _from} in the period the state begins, {@code _until} in the period it ends; the figure of period
 * p is the sum of both up to p. Medians keep a histogram of durations in tenths of a day (the published precision)
 * plus the exact seconds, read only when the median falls between two histogram buckets.
 */
public final class CounterContributions {

    static final String RECEIVED = "received";
    static final String REVIEWS = "reviews_opened";
    static final String DEPARTMENT = "department";
    public static final String CHANNEL = "channel";
    public static final String LANGUAGE = "language";
    public static final String ANONYMITY = "anonymity";
    static final String CATEGORY = "category";
    static final String DEPARTMENT_CATEGORY = "department_category";
    static final String ACKNOWLEDGED = "acknowledged";
    static final String REFERRED = "referred";
    static final String RESPONDED_ON_TIME = "responded_on_time";
    static final String RESPONDED_LATE = "responded_late";
    public static final String RESPONSE_DAYS = "response_days";
    public static final String OPEN_FROM = "open_from";
    public static final String OPEN_UNTIL = "open_until";
    static final String CLOSED = "closed";
    static final String OUTCOME = "outcome";
    public static final String CLOSURE_DAYS = "closure_days";
    static final String DEPARTMENT_SENT = "department_sent";
    static final String DEPARTMENT_ON_TIME = "department_on_time";
    static final String DEPARTMENT_LATE = "department_late";
    public static final String DEPARTMENT_RESPONSE_DAYS = "department_response_days";
    public static final String OVERDUE_FROM = "overdue_from";
    public static final String OVERDUE_UNTIL = "overdue_until";
    static final String RECOMMENDATIONS_MADE = "recommendations_made";
    static final String RECOMMENDATIONS_ACCEPTED = "recommendations_accepted";
    static final String RECOMMENDATIONS_OTHERWISE = "recommendations_otherwise";
    public static final String AWAITING_FROM = "awaiting_from";
    public static final String AWAITING_UNTIL = "awaiting_until";
    static final String ACCOUNTABILITY = "accountability";
    static final String FEDERAL_REQUESTS = "federal_requests";
    static final String FEDERAL_REQUESTS_FLAGGED = "federal_requests_flagged";
    static final String IDENTITY_VIEWS = "identity_views";

    private final long effectiveDay;
    private final int periodDays;

    public CounterContributions(ReportingCalendar calendar) {
        this.effectiveDay = calendar.effectiveDate().toEpochDay();
        this.periodDays = calendar.periodDays();
    }

    /** The period number of an instant's UTC day; 0 and below before the effective date. */
    int bucket(Instant instant) {
        return bucketOfDay(Math.floorDiv(instant.getEpochSecond(), 86_400L));
    }

    int bucket(LocalDate day) {
        return bucketOfDay(day.toEpochDay());
    }

    private int bucketOfDay(long epochDay) {
        return Math.toIntExact(Math.floorDiv(epochDay - effectiveDay, periodDays) + 1);
    }

    /** The histogram bucket of a duration: its value in days rounded half up to one decimal, times ten. */
    static long tenthsOfDay(long seconds) {
        return seconds >= 0 ? Math.floorDiv(seconds + 4_320, 8_640) : -Math.floorDiv(-seconds + 4_320, 8_640);
    }

    /** The counters {@code after} adds minus those {@code before} added; zero differences are left out. */
    public static Map<LedgerCounter, Long> delta(Map<LedgerCounter, Long> before, Map<LedgerCounter, Long> after) {
        Map<LedgerCounter, Long> delta = new HashMap<>(after);
        before.forEach((counter, count) -> delta.merge(counter, -count, Long::sum));
        delta.values().removeIf(count -> count == 0);
        return delta;
    }

    public Map<LedgerCounter, Long> of(ComplaintFacts facts) {
        Map<LedgerCounter, Long> counts = new HashMap<>();
        if (facts == null) {
            return counts;
        }
        int filed = bucket(facts.filedAt());
        if (facts.selfInitiated()) {
            add(counts, filed, REVIEWS);
        } else {
            add(counts, filed, RECEIVED);
            add(counts, filed, CHANNEL, facts.channel());
            add(counts, filed, LANGUAGE, facts.language());
            add(counts, filed, ANONYMITY, facts.anonymous() ? "anonymous" : "named");
            facts.categories().forEach(category -> add(counts, filed, CATEGORY, category));
            for (String department : facts.reportedDepartments()) {
                add(counts, filed, DEPARTMENT, department);
                facts.categories().forEach(category -> add(counts, filed, DEPARTMENT_CATEGORY, department, category));
            }
        }
        if (facts.acknowledgedAt() != null) {
            add(counts, bucket(facts.acknowledgedAt()), ACKNOWLEDGED);
        }
        add(counts, filed, OPEN_FROM);
        if (facts.closedAt() != null) {
            int closed = bucket(facts.closedAt());
            add(counts, Math.max(filed, closed), OPEN_UNTIL);
            add(counts, closed, CLOSED);
            add(counts, closed, OUTCOME, facts.outcome());
            duration(counts, closed, CLOSURE_DAYS, List.of(), Duration.between(facts.filedAt(), facts.closedAt()));
        }
        facts.referrals().forEach(referral -> referral(counts, referral));
        facts.recommendations().forEach(recommendation -> recommendation(counts, recommendation));
        for (FindingFacts finding : facts.findings()) {
            if (finding.department() != null && "SUSTAINED".equals(finding.finding()) && finding.recordedAt() != null) {
                add(counts, bucket(finding.recordedAt()), ACCOUNTABILITY, finding.department(), "sustained_findings");
            }
        }
        return counts;
    }

    private void referral(Map<LedgerCounter, Long> counts, ReferralFacts referral) {
        String department = referral.department();
        int sent = bucket(referral.sentAt());
        int due = bucket(referral.dueDate());
        add(counts, sent, REFERRED);
        add(counts, sent, DEPARTMENT_SENT, department);
        add(counts, Math.max(sent, due), OVERDUE_FROM, department);
        add(counts, due, ACCOUNTABILITY, department, "referrals_due");
        if (referral.respondedOnTime()) {
            add(counts, due, ACCOUNTABILITY, department, "answered_on_time");
        }
        if (referral.respondedAt() != null) {
            int responded = bucket(referral.respondedAt());
            add(counts, Math.max(Math.max(sent, due), responded), OVERDUE_UNTIL, department);
            boolean onTime = referral.respondedOnTime();
            add(counts, responded, onTime ? RESPONDED_ON_TIME : RESPONDED_LATE);
            add(counts, responded, onTime ? DEPARTMENT_ON_TIME : DEPARTMENT_LATE, department);
            Duration taken = Duration.between(referral.sentAt(), referral.respondedAt());
            duration(counts, responded, RESPONSE_DAYS, List.of(), taken);
            duration(counts, responded, DEPARTMENT_RESPONSE_DAYS, List.of(department), taken);
        }
    }

    private void recommendation(Map<LedgerCounter, Long> counts, RecommendationFacts recommendation) {
        String department = recommendation.department();
        int made = bucket(recommendation.madeAt());
        add(counts, made, RECOMMENDATIONS_MADE, department);
        add(counts, made, AWAITING_FROM, department);
        if (recommendation.answeredAt() != null) {
            int answered = bucket(recommendation.answeredAt());
            add(counts, Math.max(made, answered), AWAITING_UNTIL, department);
            boolean accepted = "ACCEPTED".equals(recommendation.answer())
                    || "IMPLEMENTED".equals(recommendation.answer());
            add(counts, answered, accepted ? RECOMMENDATIONS_ACCEPTED : RECOMMENDATIONS_OTHERWISE, department);
            if ("IMPLEMENTED".equals(recommendation.answer())) {
                add(counts, answered, ACCOUNTABILITY, department, "recommendations_implemented");
            }
        }
    }

    public Map<LedgerCounter, Long> of(FederalRequestLedgerEntry facts) {
        Map<LedgerCounter, Long> counts = new HashMap<>();
        if (facts == null) {
            return counts;
        }
        int received = bucket(facts.received());
        List<String> keys = List.of(facts.department(), facts.requestType(), facts.legalDocument(), facts.response());
        add(counts, new LedgerCounter(received, FEDERAL_REQUESTS, keys));
        add(counts, received, ACCOUNTABILITY, facts.department(), "federal_requests");
        if (facts.flagged()) {
            add(counts, new LedgerCounter(received, FEDERAL_REQUESTS_FLAGGED, keys));
            add(counts, received, ACCOUNTABILITY, facts.department(), "flagged_federal_requests");
        }
        if (facts.helpedWithoutJudicialWarrant()) {
            add(counts, received, ACCOUNTABILITY, facts.department(), "helped_without_judicial_warrant");
        }
        return counts;
    }

    public Map<LedgerCounter, Long> of(IdentityViewFacts facts) {
        Map<LedgerCounter, Long> counts = new HashMap<>();
        if (facts != null) {
            add(counts, bucket(facts.viewedAt()), IDENTITY_VIEWS, facts.purpose());
        }
        return counts;
    }

    private static void duration(Map<LedgerCounter, Long> counts, int bucket, String measure, List<String> keys,
                                 Duration duration) {
        long seconds = duration.getSeconds();
        List<String> histogram = new java.util.ArrayList<>(keys);
        histogram.add(Long.toString(tenthsOfDay(seconds)));
        add(counts, new LedgerCounter(bucket, measure, histogram));
        add(counts, new LedgerCounter(bucket, measure, histogram, seconds));
    }

    /* A missing code is kept as "null": the tables compiled from records would fail on it, so it reaches no report. */
    private static void add(Map<LedgerCounter, Long> counts, int bucket, String measure, String... keys) {
        add(counts, new LedgerCounter(bucket, measure, java.util.Arrays.stream(keys).map(String::valueOf).toList()));
    }

    private static void add(Map<LedgerCounter, Long> counts, LedgerCounter counter) {
        counts.merge(counter, 1L, Long::sum);
    }
}
