package org.sanctuaryoversight.app.casework;

import java.time.LocalDate;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;

/** JSON bodies of the staff casework API; checked by {@link CaseworkInput} before any command is sent. */
final class CaseworkRequests {

    private CaseworkRequests() {
    }

    record OpenReviewRequest(String department, String reasonCode, String reason, String sourceReference) {
    }

    record TriageRequest(TriageDecision decision, String referredAgency, String duplicateOf) {
    }

    /** The investigator to assign: a staff account of the office (user id and display name). */
    record AssignRequest(String userId, String displayName) {
    }

    record AllegationRequest(AllegationCategory provision, String department) {
    }

    record StepRequest(InvestigativeStepKind kind, String notes) {
    }

    /** @param dueDate optional; the configured department response time when absent */
    record ReferralRequest(String department, String questions, LocalDate dueDate) {
    }

    record ResponseRequest(String response) {
    }

    record FindingRequest(String allegationId, Finding finding) {
    }

    record RecommendationRequest(String department, String text) {
    }

    record AnswerRequest(RecommendationAnswer answer) {
    }

    /** @param confirmedOutcome the outcome the record implies (GET the case: {@code impliedOutcome}), confirmed */
    record CloseRequest(String publicSummary, CaseOutcome confirmedOutcome) {
    }

    record ReopenRequest(String reason) {
    }

    record Created(String id) {
    }
}
