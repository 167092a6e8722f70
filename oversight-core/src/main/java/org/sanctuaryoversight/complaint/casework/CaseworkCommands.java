package org.sanctuaryoversight.complaint.casework;

import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The commands of casework on a complaint (or a self-initiated review case). Each carries who acts, so the
 * aggregate's policies decide who may do what. Free text that may name people arrives {@link Sealed}
 * under the complaint's data key.
 */
public final class CaseworkCommands {

    private CaseworkCommands() {
    }

    public record AcknowledgeComplaintCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                              Instant acknowledgedAt) {
    }

    /** @param referredAgency for REFER_TO_OTHER_AGENCY; @param duplicateOf the earlier case, for DUPLICATE */
    public record TriageComplaintCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                         TriageDecision decision, String referredAgency, String duplicateOf,
                                         Instant triagedAt) {
    }

    public record AssignInvestigatorCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                            StaffMember investigator, Instant assignedAt) {
    }

    /** @param provision the ordinance duty the allegation concerns */
    public record RecordAllegationCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                          String allegationId, AllegationCategory provision, String department,
                                          Instant recordedAt) {
    }

    /** @param documents files staff attach to the step (a letter, a record), already sealed and stored; may be empty */
    public record RecordInvestigativeStepCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                                 String stepId, InvestigativeStepKind kind, Sealed notes,
                                                 Instant recordedAt, List<AttachmentReference> documents) {
        public RecordInvestigativeStepCommand {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        public RecordInvestigativeStepCommand(String complaintId, StaffMember actor, String stepId,
                                              InvestigativeStepKind kind, Sealed notes, Instant recordedAt) {
            this(complaintId, actor, stepId, kind, notes, recordedAt, List.of());
        }
    }

    public record SendDepartmentReferralCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                                String referralId, String department, Sealed questions,
                                                Instant sentAt, LocalDate dueDate) {
    }

    /** @param documents files the department attaches to its answer, already sealed and stored; may be empty */
    public record RespondToReferralCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                           String referralId, Sealed response, Instant respondedAt,
                                           List<AttachmentReference> documents) {
        public RespondToReferralCommand {
            documents = documents == null ? List.of() : List.copyOf(documents);
        }

        public RespondToReferralCommand(String complaintId, StaffMember actor, String referralId, Sealed response,
                                        Instant respondedAt) {
            this(complaintId, actor, referralId, response, respondedAt, List.of());
        }
    }

    public record RecordFindingCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                       String allegationId, Finding finding, Instant recordedAt) {
    }

    /** @param text a public-safe recommendation to the department (policies and practices, not people) */
    public record MakeRecommendationCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                            String recommendationId, String department, String text, Instant madeAt) {
    }

    public record AnswerRecommendationCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                              String recommendationId, RecommendationAnswer answer, Instant answeredAt) {
    }

    /**
     * @param publicSummary    public-safe: shown to the complainant and usable in public reports
     * @param confirmedOutcome the outcome the person closing was shown and confirmed; it must be the one the record
     *                         implies (see {@link CaseworkPolicies.ClosingConfirmsTheOutcome})
     */
    public record CloseComplaintCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                        String publicSummary, CaseOutcome confirmedOutcome, Instant closedAt) {
    }

    public record ReopenComplaintCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                         Sealed reason, Instant reopenedAt) {
    }

    /**
     * The complainant withdrew the complaint: on the status page with their receipt code ({@code actor} null), or by
     * telling the office by message, phone or in person (the case worker who records it is the actor).
     */
    public record WithdrawComplaintCommand(@TargetAggregateIdentifier String complaintId, StaffMember actor,
                                           Instant withdrawnAt) {
    }
}
