package org.sanctuaryoversight.complaint.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the casework rules need to know about one case. The complaint's {@link CaseFile} keeps it from the event
 * log on the command side; the case read model answers the same questions on the query side ({@link
 * CaseworkQueries.CaseDetails#state()}), so a page asks the very policies a command is checked by when it decides
 * which forms to offer, instead of restating them.
 */
public interface CaseState {

    record Referral(String department, boolean answered, LocalDate dueDate) {
    }

    record Recommendation(String department, RecommendationAnswer answer) {
    }

    /** Opened by the office itself (for example from a flagged federal request): there is no complainant. */
    boolean reviewCase();

    boolean acknowledged();

    Optional<TriageDecision> triage();

    Optional<String> investigatorId();

    boolean withdrawn();

    boolean closed();

    /** Each recorded allegation and its finding, if one was recorded; in the order they were recorded. */
    Map<String, Optional<Finding>> allegations();

    Map<String, Referral> referrals();

    Map<String, Recommendation> recommendations();

    default boolean accepted() {
        return triage().filter(decision -> decision == TriageDecision.ACCEPT).isPresent();
    }

    default boolean hasAllegation(String allegationId) {
        return allegations().containsKey(allegationId);
    }

    default Optional<Finding> finding(String allegationId) {
        return allegations().getOrDefault(allegationId, Optional.empty());
    }

    default Optional<Referral> referral(String referralId) {
        return Optional.ofNullable(referrals().get(referralId));
    }

    default Optional<Recommendation> recommendation(String recommendationId) {
        return Optional.ofNullable(recommendations().get(recommendationId));
    }

    default boolean waitingForDepartment() {
        return referrals().values().stream().anyMatch(referral -> !referral.answered());
    }

    default long allegationsWithoutFinding() {
        return allegations().values().stream().filter(Optional::isEmpty).count();
    }

    /**
     * How the case ends, derived from the record rather than typed in, so the public numbers follow the findings:
     * any sustained allegation is a violation found; otherwise a policy failure, if any; otherwise no violation.
     */
    default CaseOutcome outcome() {
        if (withdrawn()) {
            return CaseOutcome.WITHDRAWN;
        }
        Optional<TriageDecision> triage = triage();
        if (triage.isPresent() && triage.get() != TriageDecision.ACCEPT) {
            return switch (triage.get()) {
                case NO_JURISDICTION -> CaseOutcome.NO_JURISDICTION;
                case REFER_TO_OTHER_AGENCY -> CaseOutcome.REFERRED_TO_OTHER_AGENCY;
                default -> CaseOutcome.DUPLICATE;
            };
        }
        if (allegations().values().stream().anyMatch(f -> f.equals(Optional.of(Finding.SUSTAINED)))) {
            return CaseOutcome.VIOLATION_FOUND;
        }
        if (allegations().values().stream().anyMatch(f -> f.equals(Optional.of(Finding.POLICY_FAILURE)))) {
            return CaseOutcome.POLICY_FAILURE_FOUND;
        }
        return CaseOutcome.NO_VIOLATION_FOUND;
    }
}
