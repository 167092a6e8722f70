package org.sanctuaryoversight.report.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report ledger's record of one complaint (or one review the office opened on its own
 * initiative): only statistical facts, never narrative, contact or location, so shredding a
 * complainant's personal data leaves every report unchanged.
 *
 * @param selfInitiated true for a review case opened by the office ({@code ReviewCaseOpenedEvent}); such
 *                      cases are not complaints received and have no channel, language or anonymity
 * @param departments   sorted department codes
 * @param categories    sorted allegation category names
 * @param acknowledgedAt from {@code ComplaintAcknowledgedEvent}; null until then
 * @param closedAt       from {@code ComplaintClosedEvent}; null while open (a reopening clears it)
 * @param outcome        the closing outcome code; null while open
 * @param findings       the allegations recorded against departments and their findings (empty in records written
 *                       before findings were counted: the ledger's processing group was renamed so it replays)
 */
public record ComplaintFacts(String complaintId, boolean selfInitiated, Instant filedAt, List<String> departments,
                             List<String> categories, String channel, String language, boolean anonymous,
                             Instant acknowledgedAt, List<ReferralFacts> referrals, Instant closedAt, String outcome,
                             List<RecommendationFacts> recommendations, List<FindingFacts> findings) {

    public static final String UNSPECIFIED = "unspecified";

    public ComplaintFacts {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(filedAt, "filedAt");
        departments = List.copyOf(departments.stream().sorted().distinct().toList());
        categories = List.copyOf(categories.stream().sorted().distinct().toList());
        referrals = List.copyOf(referrals == null ? List.of() : referrals);
        recommendations = List.copyOf(recommendations == null ? List.of() : recommendations);
        findings = List.copyOf(findings == null ? List.of() : findings);
    }

    public static ComplaintFacts filed(String complaintId, Instant filedAt, List<String> departments,
                                       List<String> categories, String channel, String language, boolean anonymous) {
        return new ComplaintFacts(complaintId, false, filedAt, departments, categories, channel, language, anonymous,
                null, List.of(), null, null, List.of(), List.of());
    }

    /** The department key every table uses; a complaint that names none is counted once as {@value #UNSPECIFIED}. */
    public List<String> reportedDepartments() {
        return departments.isEmpty() ? List.of(UNSPECIFIED) : departments;
    }

    public ComplaintFacts acknowledged(Instant at) {
        return new ComplaintFacts(complaintId, selfInitiated, filedAt, departments, categories, channel, language,
                anonymous, at, referrals, closedAt, outcome, recommendations, findings);
    }

    /** Adds or replaces (by referral id) a referral: idempotent for a redelivered event. */
    public ComplaintFacts withReferral(ReferralFacts referral) {
        List<ReferralFacts> updated = new ArrayList<>(referrals.stream()
                .filter(existing -> !existing.referralId().equals(referral.referralId())).toList());
        updated.add(referral);
        updated.sort(java.util.Comparator.comparing(ReferralFacts::referralId));
        return new ComplaintFacts(complaintId, selfInitiated, filedAt, departments, categories, channel, language,
                anonymous, acknowledgedAt, updated, closedAt, outcome, recommendations, findings);
    }

    public ComplaintFacts withRecommendation(RecommendationFacts recommendation) {
        List<RecommendationFacts> updated = new ArrayList<>(recommendations.stream()
                .filter(existing -> !existing.recommendationId().equals(recommendation.recommendationId())).toList());
        updated.add(recommendation);
        updated.sort(java.util.Comparator.comparing(RecommendationFacts::recommendationId));
        return new ComplaintFacts(complaintId, selfInitiated, filedAt, departments, categories, channel, language,
                anonymous, acknowledgedAt, referrals, closedAt, outcome, updated, findings);
    }

    /** Adds or replaces (by allegation id) an allegation and its finding: idempotent for a redelivered event. */
    public ComplaintFacts withFinding(FindingFacts finding) {
        List<FindingFacts> updated = new ArrayList<>(findings.stream()
                .filter(existing -> !existing.allegationId().equals(finding.allegationId())).toList());
        updated.add(finding);
        updated.sort(java.util.Comparator.comparing(FindingFacts::allegationId));
        return new ComplaintFacts(complaintId, selfInitiated, filedAt, departments, categories, channel, language,
                anonymous, acknowledgedAt, referrals, closedAt, outcome, recommendations, updated);
    }

    public ComplaintFacts closed(Instant at, String closingOutcome) {
        return new ComplaintFacts(complaintId, selfInitiated, filedAt, departments, categories, channel, language,
                anonymous, acknowledgedAt, referrals, at, closingOutcome, recommendations, findings);
    }

    public ComplaintFacts reopened() {
        return closed(null, null);
    }
}
