package org.sanctuaryoversight.complaint.casework;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the casework rules need to know about one case, kept by the complaint aggregate from its own
 * events (only its event sourcing handlers call the {@code record...} methods). The policies read it;
 * nothing outside the aggregate changes it.
 */
public final class CaseFile {

    public record Referral(String department, boolean answered, java.time.LocalDate dueDate) {
    }

    public record Recommendation(String department, RecommendationAnswer answer) {
    }

    private final boolean reviewCase;
    private boolean acknowledged;
    private TriageDecision triage;
    private String investigatorId;
    private boolean withdrawn;
    private boolean closed;
    private final Map<String, Optional<Finding>> allegations = new LinkedHashMap<>();
    private final Map<String, Referral> referrals = new LinkedHashMap<>();
    private final Map<String, Recommendation> recommendations = new LinkedHashMap<>();

    public CaseFile(boolean reviewCase) {
        this.reviewCase = reviewCase;
        this.acknowledged = reviewCase; // the office opened it itself: there is nobody to acknowledge
    }

    public boolean reviewCase() { return reviewCase; }
    public boolean acknowledged() { return acknowledged; }
    public Optional<TriageDecision> triage() { return Optional.ofNullable(triage); }
    public boolean accepted() { return triage == TriageDecision.ACCEPT; }
    public Optional<String> investigatorId() { return Optional.ofNullable(investigatorId); }
    public boolean withdrawn() { return withdrawn; }
    public boolean closed() { return closed; }
    public boolean hasAllegation(String id) { return allegations.containsKey(id); }
    public Optional<Finding> finding(String allegationId) { return allegations.getOrDefault(allegationId, Optional.empty()); }
    public Optional<Referral> referral(String id) { return Optional.ofNullable(referrals.get(id)); }
    public Optional<Recommendation> recommendation(String id) { return Optional.ofNullable(recommendations.get(id)); }

    public boolean waitingForDepartment() {
        return referrals.values().stream().anyMatch(referral -> !referral.answered());
    }

    public long allegationsWithoutFinding() {
        return allegations.values().stream().filter(Optional::isEmpty).count();
    }

    /**
     * How the case ends, derived from the record rather than typed in, so the public numbers follow
     * the findings: any sustained allegation is a violation found; otherwise a policy failure, if any.
     */
    public CaseOutcome outcome() {
        if (withdrawn) {
            return CaseOutcome.WITHDRAWN;
        }
        if (triage != null && triage != TriageDecision.ACCEPT) {
            return switch (triage) {
                case NO_JURISDICTION -> CaseOutcome.NO_JURISDICTION;
                case REFER_TO_OTHER_AGENCY -> CaseOutcome.REFERRED_TO_OTHER_AGENCY;
                default -> CaseOutcome.DUPLICATE;
            };
        }
        if (allegations.values().stream().anyMatch(f -> f.equals(Optional.of(Finding.SUSTAINED)))) {
            return CaseOutcome.VIOLATION_FOUND;
        }
        if (allegations.values().stream().anyMatch(f -> f.equals(Optional.of(Finding.POLICY_FAILURE)))) {
            return CaseOutcome.POLICY_FAILURE_FOUND;
        }
        return CaseOutcome.NO_VIOLATION_FOUND;
    }

    public void recordAcknowledged() { acknowledged = true; }
    public void recordTriage(TriageDecision decision) { triage = decision; }
    public void recordInvestigator(String userId) { investigatorId = userId; }
    public void recordAllegation(String id) { allegations.putIfAbsent(id, Optional.empty()); }
    public void recordFinding(String allegationId, Finding finding) { allegations.put(allegationId, Optional.of(finding)); }
    public void recordReferral(String id, String department, java.time.LocalDate dueDate) {
        referrals.put(id, new Referral(department, false, dueDate));
    }
    public void recordResponse(String id) {
        referrals.computeIfPresent(id, (key, referral) -> new Referral(referral.department(), true, referral.dueDate()));
    }
    public void recordRecommendation(String id, String department) { recommendations.put(id, new Recommendation(department, null)); }
    public void recordAnswer(String id, RecommendationAnswer answer) {
        recommendations.computeIfPresent(id, (key, recommendation) -> new Recommendation(recommendation.department(), answer));
    }
    public void recordWithdrawn() { withdrawn = true; }
    public void recordClosed() { closed = true; }
    public void recordReopened() { closed = false; withdrawn = false; }
}
