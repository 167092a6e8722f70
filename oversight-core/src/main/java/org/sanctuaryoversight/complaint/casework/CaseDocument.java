package org.sanctuaryoversight.complaint.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The shape of a case document in {@code casework_cases}: how each event changes it and what is derived from it (the
 * stage); {@link CaseDocumentReading} reads it back as the views of {@link CaseworkQueries}. Kept apart from the
 * projection so the projection says which event does what and this class says how.
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
        doc.put("stage", stage(CaseDocumentReading.state(doc)).name());
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

    static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
