package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.privacy.Sealed;

/**
 * The questions staff pages ask the casework read models, and their answers. Sealed values stay sealed here:
 * the application opens them for a member of staff who may read them, after the read is recorded.
 */
public final class CaseworkQueries {

    private CaseworkQueries() {
    }

    /**
     * Every field is optional (null = any); {@code overdueOnly} keeps cases with a missed deadline still undone;
     * {@code caseNumber} is the beginning of a case's identifier, as the pages show it.
     */
    public record CaseFilter(CaseStage stage, String department, String assigneeId, boolean overdueOnly,
                             String caseNumber, Set<String> caseIds) {
        public CaseFilter(CaseStage stage, String department, String assigneeId, boolean overdueOnly, String caseNumber) {
            this(stage, department, assigneeId, overdueOnly, caseNumber, null);
        }

        public CaseFilter(CaseStage stage, String department, String assigneeId, boolean overdueOnly) {
            this(stage, department, assigneeId, overdueOnly, null, null);
        }

        public static CaseFilter any() {
            return new CaseFilter(null, null, null, false, null, null);
        }

        /** Only these cases (for example those with a message awaiting a reply). */
        public CaseFilter withCaseIds(java.util.Collection<String> ids) {
            return new CaseFilter(stage, department, assigneeId, overdueOnly, caseNumber, Set.copyOf(ids));
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

        /** The short number staff read aloud and search by: the first eight characters of the identifier. */
        public String caseNumber() {
            return CaseworkQueries.caseNumber(caseId);
        }

        /** Missed deadlines by kind ({@code ACKNOWLEDGEMENT}, {@code INVESTIGATION}, {@code DEPARTMENT_RESPONSE}). */
        public Set<DeadlineKind> overdueKinds() {
            Set<DeadlineKind> kinds = java.util.EnumSet.noneOf(DeadlineKind.class);
            overdue.forEach(key -> kinds.add(DeadlineKind.valueOf(key.split(":", 2)[0])));
            return kinds;
        }
    }

    public static String caseNumber(String caseId) {
        Matcher named = NAMED_PREFIX.matcher(caseId);
        String prefix = named.lookingAt() ? named.group() : "";
        String rest = caseId.substring(prefix.length());
        return prefix + (rest.length() <= 8 ? rest : rest.substring(0, 8));
    }

    /**
     * The words before a review case's identifier ({@code review-}, {@code review-alpr-}): segments with a letter no
     * identifier has. A case number keeps them and the identifier's first eight characters, so that review cases do
     * not all read "review-0".
     */
    static final Pattern NAMED_PREFIX = Pattern.compile("([0-9a-z]*[g-z][0-9a-z]*-)+");

    public record FindCaseQuery(String caseId) {
    }

    /**
     * One case as the office reads it. {@code complaint} is what the complainant filed (null for a review case),
     * {@code review} why the office opened a review (null for a complaint); {@code state} answers the casework
     * policies' questions, so a page offers exactly the forms the rules allow.
     */
    public record CaseDetails(CaseSummary summary, FiledFacts complaint, ReviewFacts review,
                              List<AllegationView> allegations, List<ReferralView> referrals,
                              List<RecommendationView> recommendations, List<AttachmentView> attachments,
                              CaseState state) {
        public Optional<AttachmentView> attachment(String attachmentId) {
            return attachments.stream().filter(a -> a.attachmentId().equals(attachmentId)).findFirst();
        }
    }

    /**
     * The complaint as filed: statistical fields in clear, what the person wrote sealed.
     *
     * @param incidentDate as approximate as the person gave it ({@code 2026}, {@code 2026-10}, {@code 2026-10-03}); null if not given
     * @param location     sealed; null if not given
     */
    public record FiledFacts(Instant filedAt, IntakeChannel channel, String language, boolean anonymous,
                             String incidentDate, Set<AllegationCategory> categories, Set<String> departments,
                             Sealed narrative, Sealed location) {
    }

    /** Why the office opened a review case itself, e.g. {@code FEDERAL_REQUEST_FLAGGED} with the request's identifier. */
    public record ReviewFacts(String reasonCode, String reason, String sourceReference) {
    }

    /**
     * A file of the case: kind and size in clear, the file name sealed.
     *
     * @param addedBy who added it to the case (a member of staff or a department's liaison); null for a file the
     *                complainant sent with the complaint
     */
    public record AttachmentView(String attachmentId, AttachmentType type, long sizeBytes, Sealed fileName,
                                 String addedBy) {
        public AttachmentView(String attachmentId, AttachmentType type, long sizeBytes, Sealed fileName) {
            this(attachmentId, type, sizeBytes, fileName, null);
        }

        public boolean fromComplainant() {
            return addedBy == null;
        }
    }

    public record AllegationView(String allegationId, String provision, String department, Finding finding) {
    }

    public record ReferralView(String caseId, String referralId, String department, Instant sentAt, LocalDate dueDate,
                               Instant respondedAt, boolean overdue, Sealed questions, Sealed response) {
        public boolean open() {
            return respondedAt == null;
        }
    }

    public record RecommendationView(String caseId, String recommendationId, String department, String text,
                                     Instant madeAt, RecommendationAnswer answer, Instant answeredAt) {
    }

    /** The case's history, oldest first. Answers {@code List<TimelineEntry>}. */
    public record FindCaseTimelineQuery(String caseId) {
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
        public TimelineEntry {
            details = new LinkedHashMap<>(details);
            sealed = new LinkedHashMap<>(sealed);
        }
    }

    /** The department inbox: referrals to one department, newest first. */
    public record FindDepartmentReferralsQuery(String department, boolean openOnly) {
    }

    /** Recommendations made to one department, newest first; {@code unansweredOnly} keeps those still awaiting an answer. */
    public record FindDepartmentRecommendationsQuery(String department, boolean unansweredOnly) {
    }

    /** How many cases stand at each stage, and how many are overdue: the staff home's work list. */
    public record CountCasesQuery(String assigneeId) {
    }

    /** @param byStage cases per stage; @param overdue cases with a missed deadline still undone */
    public record CaseCounts(Map<CaseStage, Long> byStage, long overdue) {
        public long at(CaseStage stage) {
            return byStage.getOrDefault(stage, 0L);
        }
    }
}
