package org.sanctuaryoversight.complaint.casework;

import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * What happened to a case, in order. Statistical fields (decisions, departments, findings, dates, outcome)
 * are in clear for the public report; staff free text is {@link Sealed} under the complaint's key, except the
 * public-safe closing summary and recommendations. {@code by} is the member of staff who acted.
 */
public final class CaseworkEvents {

    private CaseworkEvents() {
    }

    public record ComplaintAcknowledgedEvent(String complaintId, Instant acknowledgedAt, StaffMember by) {
    }

    public record ComplaintTriagedEvent(String complaintId, TriageDecision decision, String referredAgency,
                                        String duplicateOf, Instant triagedAt, StaffMember by,
                                        LocalDate investigationDue) {
    }

    public record InvestigatorAssignedEvent(String complaintId, StaffMember investigator, Instant assignedAt,
                                            StaffMember by) {
    }

    public record AllegationRecordedEvent(String complaintId, String allegationId, AllegationCategory provision,
                                          String department, Instant recordedAt, StaffMember by) {
    }

    /** @param documents files staff attached to the step; empty in events written before documents existed */
    public record InvestigativeStepRecordedEvent(String complaintId, String stepId, InvestigativeStepKind kind,
                                                 Sealed notes, Instant recordedAt, StaffMember by,
                                                 List<AttachmentReference> documents) {
        public InvestigativeStepRecordedEvent {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        public InvestigativeStepRecordedEvent(String complaintId, String stepId, InvestigativeStepKind kind,
                                              Sealed notes, Instant recordedAt, StaffMember by) {
            this(complaintId, stepId, kind, notes, recordedAt, by, List.of());
        }
    }

    public record DepartmentReferralSentEvent(String complaintId, String referralId, String department, Instant sentAt,
                                              LocalDate dueDate, Sealed questions, StaffMember by) {
    }

    /** @param documents files the department attached to its answer; empty in events written before documents existed */
    public record DepartmentRespondedEvent(String complaintId, String referralId, String department,
                                           Instant respondedAt, Sealed response, StaffMember by,
                                           List<AttachmentReference> documents) {
        public DepartmentRespondedEvent {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        public DepartmentRespondedEvent(String complaintId, String referralId, String department, Instant respondedAt,
                                        Sealed response, StaffMember by) {
            this(complaintId, referralId, department, respondedAt, response, by, List.of());
        }
    }

    public record FindingRecordedEvent(String complaintId, String allegationId, Finding finding, Instant recordedAt,
                                       StaffMember by) {
    }

    public record RecommendationMadeEvent(String complaintId, String recommendationId, String department, String text,
                                          Instant madeAt, StaffMember by) {
    }

    public record RecommendationAnsweredEvent(String complaintId, String recommendationId, String department,
                                              RecommendationAnswer answer, Instant answeredAt, StaffMember by) {
    }

    public record ComplaintClosedEvent(String complaintId, Instant closedAt, CaseOutcome outcome, String publicSummary,
                                       StaffMember by) {
    }

    public record ComplaintReopenedEvent(String complaintId, Instant reopenedAt, Sealed reason, StaffMember by) {
    }

    public record ComplaintWithdrawnEvent(String complaintId, Instant withdrawnAt, StaffMember by) {
    }

    /**
     * A deadline passed with the work undone: the acknowledgement, a department's answer to a referral
     * ({@code referenceId} is the referral) or the investigation target.
     */
    public record DeadlineMissedEvent(String complaintId, DeadlineKind deadline, String referenceId, String department,
                                      LocalDate dueDate, Instant missedAt) {
    }
}
