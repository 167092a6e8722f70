package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * The questions staff pages ask the casework read model, and its answers. Sealed values stay sealed here:
 * the application opens them for a member of staff who may read them.
 */
public final class CaseworkQueries {

    private CaseworkQueries() {
    }

    /** Every field is optional (null = any); {@code overdueOnly} keeps cases with a missed deadline still undone. */
    public record CaseFilter(CaseStage stage, String department, String assigneeId, boolean overdueOnly) {
        public static CaseFilter any() {
            return new CaseFilter(null, null, null, false);
        }
    }

    /** @param page zero-based */
    public record FindCasesQuery(CaseFilter filter, int page, int size) {
        public FindCasesQuery {
            if (page < 0 || size < 1 || size > 100) {
                throw new IllegalArgumentException("page >= 0 and 1 <= size <= 100");
            }
        }
    }

    public record CaseListPage(List<CaseSummary> cases, int page, int size, long total) {
        public int pageCount() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pageCount();
        }
    }

    /** @param overdue the deadlines missed and still undone: {@code ACKNOWLEDGEMENT}, {@code INVESTIGATION}, {@code DEPARTMENT_RESPONSE:<referral>} */
    public record CaseSummary(String caseId, boolean reviewCase, CaseStage stage, Set<String> departments,
                              String assigneeId, String assigneeName, Instant openedAt, Instant updatedAt,
                              LocalDate acknowledgementDue, LocalDate investigationDue, Set<String> overdue,
                              CaseOutcome outcome, String publicSummary) {
        public boolean isOverdue() {
            return !overdue.isEmpty();
        }
    }

    public record FindCaseQuery(String caseId) {
    }

    public record CaseDetails(CaseSummary summary, List<AllegationView> allegations, List<ReferralView> referrals,
                              List<RecommendationView> recommendations, List<AttachmentView> attachments,
                              List<TimelineEntry> timeline) {
        public Optional<AttachmentView> attachment(String attachmentId) {
            return attachments.stream().filter(a -> a.attachmentId().equals(attachmentId)).findFirst();
        }
    }

    /** A file filed with the complaint: kind and size in clear, the person's file name sealed. */
    public record AttachmentView(String attachmentId, AttachmentType type, long sizeBytes, Sealed fileName) {
    }

    public record AllegationView(String allegationId, String provision, String department, Finding finding) {
    }

    public record ReferralView(String caseId, String referralId, String department, Instant sentAt, LocalDate dueDate,
                               Instant respondedAt, boolean overdue, Sealed questions, Sealed response) {
        public boolean open() {
            return respondedAt == null;
        }
    }

    public record RecommendationView(String recommendationId, String department, String text, Instant madeAt,
                                     RecommendationAnswer answer, Instant answeredAt) {
    }

    /**
     * One step of a case's history, rendered from its event.
     *
     * @param type    the kind of step, e.g. {@code REFERRAL_SENT}
     * @param details clear fields (codes, departments, dates) by name
     * @param sealed  sealed free text by name (notes, questions, responses, reasons)
     */
    public record TimelineEntry(long sequence, Instant at, String type, String actorName, String actorRole,
                                Map<String, String> details, Map<String, Sealed> sealed) {
    }

    /** The department inbox: referrals to one department, newest first. */
    public record FindDepartmentReferralsQuery(String department, boolean openOnly) {
    }
}
