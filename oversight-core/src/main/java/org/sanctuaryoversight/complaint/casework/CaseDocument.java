package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The shape of a case document in {@code casework_cases}: how each event changes it, what is derived from it (the
 * stage), and how it reads back as the views of {@link CaseworkQueries}. Kept apart from the projection so the
 * projection says which event does what and this class says how.
 */
final class CaseDocument {

    private CaseDocument() {
    }

    // ---- created

    static Document filed(ComplaintFiledEvent event, LocalDate acknowledgementDue) {
        Document complaint = new Document("filedAt", Date.from(event.filedAt()))
                .append("channel", event.channel().name()).append("language", event.language())
                .append("anonymous", event.anonymous())
                .append("incidentDate", event.incidentDate() == null ? null : event.incidentDate().value())
                .append("categories", event.allegations().stream().map(Enum::name).sorted().toList())
                .append("departments", new ArrayList<>(event.departments()))
                .append("narrative", sealed(event.narrative())).append("location", sealed(event.location()));
        Document doc = opened(false, event.filedAt(), new LinkedHashSet<>(event.departments()), acknowledgementDue)
                .append("complaint", complaint)
                .append("attachments", event.attachments().stream().map(a -> file(a, null))
                        .collect(Collectors.toCollection(ArrayList::new)));
        derive(doc, event.filedAt());
        return doc;
    }

    static Document reviewOpened(ReviewCaseOpenedEvent event) {
        Document doc = opened(true, event.openedAt(), new LinkedHashSet<>(Set.of(event.department())), null)
                .append("review", new Document("reasonCode", event.reasonCode()).append("reason", event.reason())
                        .append("sourceReference", event.sourceReference()));
        derive(doc, event.openedAt());
        return doc;
    }

    private static Document opened(boolean reviewCase, Instant at, Set<String> departments, LocalDate acknowledgementDue) {
        return new Document("reviewCase", reviewCase).append("openedAt", Date.from(at))
                .append("acknowledged", reviewCase).append("acknowledgementDue", date(acknowledgementDue))
                .append("departments", new ArrayList<>(departments)).append("overdue", new ArrayList<String>())
                .append("allegations", new ArrayList<Document>()).append("referrals", new ArrayList<Document>())
                .append("recommendations", new ArrayList<Document>()).append("attachments", new ArrayList<Document>());
    }

    // ---- changed

    static void acknowledged(Document doc) {
        doc.put("acknowledged", true);
        removeOverdue(doc, DeadlineKind.ACKNOWLEDGEMENT.name());
    }

    static void triaged(Document doc, ComplaintTriagedEvent event) {
        doc.put("triage", event.decision().name());
        doc.put("investigationDue", date(event.investigationDue()));
    }

    static void assigned(Document doc, InvestigatorAssignedEvent event) {
        doc.put("assigneeId", event.investigator().userId());
        doc.put("assigneeName", event.investigator().displayName());
    }

    static void allegation(Document doc, AllegationRecordedEvent event) {
        list(doc, "allegations").add(new Document("allegationId", event.allegationId())
                .append("provision", event.provision().name()).append("department", event.department()));
        addDepartment(doc, event.department());
    }

    /** Documents staff or a department added to the case (with a step, or with an answer). */
    static void documents(Document doc, List<AttachmentReference> documents, StaffMember by) {
        documents.forEach(reference -> list(doc, "attachments").add(file(reference, by.displayName())));
    }

    private static Document file(AttachmentReference reference, String addedBy) {
        return new Document("attachmentId", reference.attachmentId()).append("type", reference.type().name())
                .append("sizeBytes", reference.sizeBytes()).append("fileName", sealed(reference.fileName()))
                .append("addedBy", addedBy);
    }

    static void referral(Document doc, DepartmentReferralSentEvent event) {
        list(doc, "referrals").add(new Document("referralId", event.referralId())
                .append("department", event.department()).append("sentAt", Date.from(event.sentAt()))
                .append("dueDate", date(event.dueDate())).append("respondedAt", null).append("overdue", false)
                .append("questions", sealed(event.questions())).append("response", null));
        addDepartment(doc, event.department());
    }

    static void responded(Document doc, DepartmentRespondedEvent event) {
        referral(doc, event.referralId()).ifPresent(referral -> {
            referral.put("respondedAt", Date.from(event.respondedAt()));
            referral.put("response", sealed(event.response()));
            referral.put("overdue", false);
        });
        removeOverdue(doc, DeadlineKind.DEPARTMENT_RESPONSE + ":" + event.referralId());
        documents(doc, event.documents(), event.by());
    }

    static void finding(Document doc, FindingRecordedEvent event) {
        list(doc, "allegations").stream()
                .filter(allegation -> event.allegationId().equals(allegation.getString("allegationId")))
                .forEach(allegation -> allegation.put("finding", event.finding().name()));
    }

    static void recommendation(Document doc, RecommendationMadeEvent event) {
        list(doc, "recommendations").add(new Document("recommendationId", event.recommendationId())
                .append("department", event.department()).append("text", event.text())
                .append("madeAt", Date.from(event.madeAt())));
    }

    static void answered(Document doc, RecommendationAnsweredEvent event) {
        list(doc, "recommendations").stream()
                .filter(recommendation -> event.recommendationId().equals(recommendation.getString("recommendationId")))
                .forEach(recommendation -> recommendation.append("answer", event.answer().name())
                        .append("answeredAt", Date.from(event.answeredAt())));
    }

    static void closed(Document doc, ComplaintClosedEvent event) {
        doc.put("closed", true);
        doc.put("outcome", event.outcome().name());
        doc.put("publicSummary", event.publicSummary());
        doc.put("overdue", new ArrayList<String>());
    }

    static void reopened(Document doc) {
        doc.put("closed", false);
        doc.put("withdrawn", false);
        doc.put("outcome", null);
    }

    static void missed(Document doc, DeadlineMissedEvent event) {
        String key = event.referenceId() == null ? event.deadline().name() : event.deadline() + ":" + event.referenceId();
        List<String> overdue = new ArrayList<>(doc.getList("overdue", String.class, List.of()));
        if (!overdue.contains(key)) {
            overdue.add(key);
        }
        doc.put("overdue", overdue);
        if (event.referenceId() != null) {
            referral(doc, event.referenceId()).ifPresent(referral -> referral.put("overdue", true));
        }
    }

    /** What follows from the rest: when it last changed, its stage, how many deadlines it has missed. */
    static void derive(Document doc, Instant at) {
        doc.put("updatedAt", Date.from(at));
        doc.put("stage", stage(state(doc)).name());
        doc.put("overdueCount", doc.getList("overdue", String.class, List.of()).size());
    }

    static CaseStage stage(CaseState state) {
        if (state.closed()) {
            return CaseStage.CLOSED;
        }
        if (state.withdrawn()) {
            return CaseStage.WITHDRAWN;
        }
        if (!state.acknowledged()) {
            return CaseStage.AWAITING_ACKNOWLEDGEMENT;
        }
        if (state.triage().isEmpty()) {
            return CaseStage.AWAITING_TRIAGE;
        }
        if (!state.accepted()) {
            return CaseStage.DECLINED;
        }
        if (state.waitingForDepartment()) {
            return CaseStage.WAITING_FOR_DEPARTMENT;
        }
        return state.investigatorId().isEmpty() ? CaseStage.AWAITING_ASSIGNMENT : CaseStage.INVESTIGATING;
    }

    // ---- read

    /** The answers to the casework policies' questions, from the document. */
    static CaseState state(Document doc) {
        Map<String, Optional<Finding>> allegations = new LinkedHashMap<>();
        list(doc, "allegations").forEach(a -> allegations.put(a.getString("allegationId"),
                Optional.ofNullable(a.getString("finding")).map(Finding::valueOf)));
        Map<String, CaseState.Referral> referrals = new LinkedHashMap<>();
        list(doc, "referrals").forEach(r -> referrals.put(r.getString("referralId"), new CaseState.Referral(
                r.getString("department"), r.get("respondedAt") != null, localDate(r.getString("dueDate")))));
        Map<String, CaseState.Recommendation> recommendations = new LinkedHashMap<>();
        list(doc, "recommendations").forEach(r -> recommendations.put(r.getString("recommendationId"),
                new CaseState.Recommendation(r.getString("department"),
                        Optional.ofNullable(r.getString("answer")).map(RecommendationAnswer::valueOf).orElse(null))));
        return new ReadCaseState(doc.getBoolean("reviewCase", false), doc.getBoolean("acknowledged", false),
                Optional.ofNullable(doc.getString("triage")).map(TriageDecision::valueOf),
                Optional.ofNullable(doc.getString("assigneeId")), doc.getBoolean("withdrawn", false),
                doc.getBoolean("closed", false), allegations, referrals, recommendations);
    }

    /** {@link CaseState} as the read model knows it. */
    record ReadCaseState(boolean reviewCase, boolean acknowledged, Optional<TriageDecision> triage,
                         Optional<String> investigatorId, boolean withdrawn, boolean closed,
                         Map<String, Optional<Finding>> allegations, Map<String, Referral> referrals,
                         Map<String, Recommendation> recommendations) implements CaseState {
    }

    static CaseSummary summary(Document doc) {
        return new CaseSummary(doc.getString("_id"), doc.getBoolean("reviewCase", false),
                CaseStage.valueOf(doc.getString("stage")), CaseListProjection.departments(doc),
                doc.getString("assigneeId"), doc.getString("assigneeName"),
                CaseListProjection.instant(doc.getDate("openedAt")), CaseListProjection.instant(doc.getDate("updatedAt")),
                localDate(doc.getString("acknowledgementDue")), localDate(doc.getString("investigationDue")),
                new LinkedHashSet<>(doc.getList("overdue", String.class, List.of())),
                doc.getString("outcome") == null ? null : CaseOutcome.valueOf(doc.getString("outcome")),
                doc.getString("publicSummary"));
    }

    static CaseDetails details(Document doc) {
        String caseId = doc.getString("_id");
        return new CaseDetails(summary(doc), filedFacts(doc.get("complaint", Document.class)),
                reviewFacts(doc.get("review", Document.class)),
                list(doc, "allegations").stream().map(a -> new AllegationView(a.getString("allegationId"),
                        a.getString("provision"), a.getString("department"),
                        a.getString("finding") == null ? null : Finding.valueOf(a.getString("finding")))).toList(),
                list(doc, "referrals").stream().map(r -> referralView(caseId, r)).toList(),
                list(doc, "recommendations").stream().map(r -> recommendationView(caseId, r)).toList(),
                list(doc, "attachments").stream().map(a -> new AttachmentView(a.getString("attachmentId"),
                        AttachmentType.valueOf(a.getString("type")), ((Number) a.get("sizeBytes")).longValue(),
                        sealedValue(a.get("fileName", Document.class)), a.getString("addedBy"))).toList(),
                state(doc));
    }

    private static FiledFacts filedFacts(Document complaint) {
        if (complaint == null) {
            return null;
        }
        return new FiledFacts(CaseListProjection.instant(complaint.getDate("filedAt")),
                IntakeChannel.valueOf(complaint.getString("channel")), complaint.getString("language"),
                complaint.getBoolean("anonymous", false), complaint.getString("incidentDate"),
                complaint.getList("categories", String.class, List.of()).stream().map(AllegationCategory::valueOf)
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                new LinkedHashSet<>(complaint.getList("departments", String.class, List.of())),
                sealedValue(complaint.get("narrative", Document.class)),
                sealedValue(complaint.get("location", Document.class)));
    }

    private static ReviewFacts reviewFacts(Document review) {
        return review == null ? null : new ReviewFacts(review.getString("reasonCode"), review.getString("reason"),
                review.getString("sourceReference"));
    }

    static ReferralView referralView(String caseId, Document r) {
        return new ReferralView(caseId, r.getString("referralId"), r.getString("department"),
                CaseListProjection.instant(r.getDate("sentAt")), localDate(r.getString("dueDate")),
                CaseListProjection.instant(r.getDate("respondedAt")), r.getBoolean("overdue", false),
                sealedValue(r.get("questions", Document.class)), sealedValue(r.get("response", Document.class)));
    }

    static RecommendationView recommendationView(String caseId, Document r) {
        return new RecommendationView(caseId, r.getString("recommendationId"), r.getString("department"),
                r.getString("text"), CaseListProjection.instant(r.getDate("madeAt")),
                r.getString("answer") == null ? null : RecommendationAnswer.valueOf(r.getString("answer")),
                CaseListProjection.instant(r.getDate("answeredAt")));
    }

    // ---- helpers

    @SuppressWarnings("unchecked")
    static List<Document> list(Document doc, String field) {
        Object value = doc.get(field);
        if (value == null) {
            List<Document> created = new ArrayList<>();
            doc.put(field, created);
            return created;
        }
        return (List<Document>) value;
    }

    @SuppressWarnings("unchecked")
    private static void addDepartment(Document doc, String department) {
        List<String> departments = (List<String>) doc.get("departments");
        if (!departments.contains(department)) {
            departments.add(department);
        }
    }

    private static Optional<Document> referral(Document doc, String referralId) {
        return list(doc, "referrals").stream().filter(r -> referralId.equals(r.getString("referralId"))).findFirst();
    }

    private static void removeOverdue(Document doc, String key) {
        List<String> overdue = new ArrayList<>(doc.getList("overdue", String.class, List.of()));
        overdue.remove(key);
        doc.put("overdue", overdue);
    }

    static Document sealed(Sealed sealed) {
        return sealed == null ? null : new Document("keyId", sealed.keyId()).append("ciphertext", sealed.ciphertext());
    }

    static Sealed sealedValue(Document doc) {
        return doc == null ? null : new Sealed(doc.getString("keyId"), doc.getString("ciphertext"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
