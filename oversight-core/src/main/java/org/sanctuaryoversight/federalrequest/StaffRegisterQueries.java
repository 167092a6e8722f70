package org.sanctuaryoversight.federalrequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.readmodel.Paged;

/** What the staff register answers: every documented request, as staff see it (the public sees only approved ones). */
public final class StaffRegisterQueries {

    private StaffRegisterQueries() {
    }

    /**
     * Documented requests, newest documented first.
     *
     * @param department null for every department (the office); a liaison asks for their own
     * @param page       zero-based
     */
    public record FindStaffRecordsQuery(String department, boolean flaggedOnly, boolean awaitingApprovalOnly, int page,
                                        int size) {
        public FindStaffRecordsQuery {
            if (page < 0 || size < 1 || size > 500) {
                throw new IllegalArgumentException("page >= 0 and 1 <= size <= 500");
            }
        }
    }

    public record StaffRecordsPage(List<StaffRecord> records, long total, int page, int size) implements Paged {
        public StaffRecordsPage {
            records = List.copyOf(records);
        }
    }

    public record FindStaffRecordQuery(String requestId) {
    }

    /**
     * One documented request: the facts as they now stand, its flags, its corrections, the documents attached, and
     * the public summary the office approved, if any.
     *
     * @param documentedBy  the staff user id of who documented it
     * @param reviewCaseId  the office's review case, once a flag opened it; null before
     * @param lastChangedAt when it was documented or last corrected
     */
    public record StaffRecord(String requestId, FederalRequestFacts facts, Instant documentedAt, String documentedBy,
                              List<ComplianceFlag> flags, String reviewCaseId, List<Amendment> amendments,
                              List<AttachmentReference> documents, Approval approval, Instant lastChangedAt) {
        public StaffRecord {
            flags = List.copyOf(flags);
            amendments = List.copyOf(amendments);
            documents = List.copyOf(documents);
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }

        /** Never approved, or corrected since the office approved what the public reads. */
        public boolean awaitingApproval() {
            return approval == null || approval.approvedAt().isBefore(lastChangedAt);
        }

        public boolean changedSinceApproval() {
            return approval != null && approval.approvedAt().isBefore(lastChangedAt);
        }

        public Optional<AttachmentReference> document(String documentId) {
            return documents.stream().filter(d -> d.attachmentId().equals(documentId)).findFirst();
        }
    }

    /**
     * A correction.
     *
     * @param changed the names of the facts it changed ({@code response}, {@code legalDocument}, …)
     */
    public record Amendment(Instant amendedAt, String amendedBy, String reason, List<String> changed) {
        public Amendment {
            changed = List.copyOf(changed);
        }
    }

    /** What the public register shows for the request, as the office approved it. */
    public record Approval(String publicSummary, Instant approvedAt, String approvedBy) {
    }
}
