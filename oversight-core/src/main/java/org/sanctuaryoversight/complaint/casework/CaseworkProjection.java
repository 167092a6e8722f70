package org.sanctuaryoversight.complaint.casework;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
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
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.complaint.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * The office's read model of its cases: one document per case in {@code casework_cases} (stage, departments,
 * assignee, deadlines, what is overdue, allegations, referrals, recommendations) and one document per event in
 * {@code casework_timeline}. Events of one case arrive in order (one processor segment per case), so a case
 * document is read, changed and written back only if the event is newer than the document; a timeline entry
 * is keyed by case and sequence number. Redelivery changes nothing; a reset drops both and the log rebuilds them.
 */
@ProcessingGroup(CaseworkProjection.PROCESSING_GROUP)
class CaseworkProjection {

    static final String PROCESSING_GROUP = "casework";
    static final String CASES = "casework_cases";
    static final String TIMELINE = "casework_timeline";

    private final MongoCollection<Document> cases;
    private final MongoCollection<Document> timeline;
    private final CaseDeadlines deadlines;

    CaseworkProjection(MongoDatabase database, CaseDeadlines deadlines) {
        this.deadlines = deadlines;
        this.cases = database.getCollection(CASES);
        this.timeline = database.getCollection(TIMELINE);
    }

    // ---- events

    @EventHandler
    void on(ComplaintFiledEvent event, @SequenceNumber long sequence) {
        open(event.complaintId(), sequence, event.filedAt(), false, new LinkedHashSet<>(event.departments()),
                deadlines.acknowledgementDue(event.filedAt()), event.attachments().stream()
                        .map(a -> new Document("attachmentId", a.attachmentId()).append("type", a.type().name())
                                .append("sizeBytes", a.sizeBytes()).append("fileName", sealedDoc(a.fileName())))
                        .toList());
        entry(event.complaintId(), sequence, event.filedAt(), "FILED", null,
                details("channel", event.channel(), "departments", String.join(", ", event.departments()),
                        "anonymous", event.anonymous(), "attachments", event.attachments().size()), Map.of());
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @SequenceNumber long sequence) {
        open(event.caseId(), sequence, event.openedAt(), true, new LinkedHashSet<>(Set.of(event.department())), null,
                List.of());
        entry(event.caseId(), sequence, event.openedAt(), "REVIEW_OPENED", null,
                details("department", event.department(), "reason", event.reasonCode(), "source", event.sourceReference()),
                Map.of());
    }

    @EventHandler
    void on(ComplaintAcknowledgedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.acknowledgedAt(), doc -> {
            doc.put("acknowledged", true);
            removeOverdue(doc, DeadlineKind.ACKNOWLEDGEMENT.name());
        });
        entry(event.complaintId(), sequence, event.acknowledgedAt(), "ACKNOWLEDGED", event.by(), details(), Map.of());
    }

    @EventHandler
    void on(ComplaintTriagedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.triagedAt(), doc -> {
            doc.put("triage", event.decision().name());
            doc.put("investigationDue", date(event.investigationDue()));
        });
        entry(event.complaintId(), sequence, event.triagedAt(), "TRIAGED", event.by(), details("decision", event.decision(),
                "referredAgency", event.referredAgency(), "duplicateOf", event.duplicateOf(),
                "investigationDue", event.investigationDue()), Map.of());
    }

    @EventHandler
    void on(InvestigatorAssignedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.assignedAt(), doc -> {
            doc.put("assigneeId", event.investigator().userId());
            doc.put("assigneeName", event.investigator().displayName());
        });
        entry(event.complaintId(), sequence, event.assignedAt(), "INVESTIGATOR_ASSIGNED", event.by(),
                details("investigator", event.investigator().displayName()), Map.of());
    }

    @EventHandler
    void on(AllegationRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> {
            list(doc, "allegations").add(new Document("allegationId", event.allegationId())
                    .append("provision", event.provision().name()).append("department", event.department()));
            addDepartment(doc, event.department());
        });
        entry(event.complaintId(), sequence, event.recordedAt(), "ALLEGATION_RECORDED", event.by(),
                details("provision", event.provision(), "department", event.department()), Map.of());
    }

    @EventHandler
    void on(InvestigativeStepRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> { });
        entry(event.complaintId(), sequence, event.recordedAt(), "STEP_RECORDED", event.by(),
                details("kind", event.kind()), sealed("notes", event.notes()));
    }

    @EventHandler
    void on(DepartmentReferralSentEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.sentAt(), doc -> {
            list(doc, "referrals").add(new Document("referralId", event.referralId())
                    .append("department", event.department()).append("sentAt", Date.from(event.sentAt()))
                    .append("dueDate", date(event.dueDate())).append("respondedAt", null).append("overdue", false)
                    .append("questions", sealedDoc(event.questions())).append("response", null));
            addDepartment(doc, event.department());
        });
        entry(event.complaintId(), sequence, event.sentAt(), "REFERRAL_SENT", event.by(),
                details("department", event.department(), "dueDate", event.dueDate()), sealed("questions", event.questions()));
    }

    @EventHandler
    void on(DepartmentRespondedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.respondedAt(), doc -> {
            referral(doc, event.referralId()).ifPresent(referral -> {
                referral.put("respondedAt", Date.from(event.respondedAt()));
                referral.put("response", sealedDoc(event.response()));
                referral.put("overdue", false);
            });
            removeOverdue(doc, DeadlineKind.DEPARTMENT_RESPONSE + ":" + event.referralId());
        });
        entry(event.complaintId(), sequence, event.respondedAt(), "DEPARTMENT_RESPONDED", event.by(),
                details("department", event.department()), sealed("response", event.response()));
    }

    @EventHandler
    void on(FindingRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> list(doc, "allegations").stream()
                .filter(allegation -> event.allegationId().equals(allegation.getString("allegationId")))
                .forEach(allegation -> allegation.put("finding", event.finding().name())));
        entry(event.complaintId(), sequence, event.recordedAt(), "FINDING_RECORDED", event.by(),
                details("allegation", event.allegationId(), "finding", event.finding()), Map.of());
    }

    @EventHandler
    void on(RecommendationMadeEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.madeAt(), doc -> list(doc, "recommendations").add(
                new Document("recommendationId", event.recommendationId()).append("department", event.department())
                        .append("text", event.text()).append("madeAt", Date.from(event.madeAt()))));
        entry(event.complaintId(), sequence, event.madeAt(), "RECOMMENDATION_MADE", event.by(),
                details("department", event.department(), "text", event.text()), Map.of());
    }

    @EventHandler
    void on(RecommendationAnsweredEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.answeredAt(), doc -> list(doc, "recommendations").stream()
                .filter(recommendation -> event.recommendationId().equals(recommendation.getString("recommendationId")))
                .forEach(recommendation -> recommendation.append("answer", event.answer().name())
                        .append("answeredAt", Date.from(event.answeredAt()))));
        entry(event.complaintId(), sequence, event.answeredAt(), "RECOMMENDATION_ANSWERED", event.by(),
                details("department", event.department(), "answer", event.answer()), Map.of());
    }

    @EventHandler
    void on(ComplaintClosedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.closedAt(), doc -> {
            doc.put("closed", true);
            doc.put("outcome", event.outcome().name());
            doc.put("publicSummary", event.publicSummary());
            doc.put("overdue", new ArrayList<String>());
        });
        entry(event.complaintId(), sequence, event.closedAt(), "CLOSED", event.by(),
                details("outcome", event.outcome(), "publicSummary", event.publicSummary()), Map.of());
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.reopenedAt(), doc -> {
            doc.put("closed", false);
            doc.put("withdrawn", false);
            doc.put("outcome", null);
        });
        entry(event.complaintId(), sequence, event.reopenedAt(), "REOPENED", event.by(), details(),
                sealed("reason", event.reason()));
    }

    @EventHandler
    void on(ComplaintWithdrawnEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.withdrawnAt(), doc -> doc.put("withdrawn", true));
        entry(event.complaintId(), sequence, event.withdrawnAt(), "WITHDRAWN", event.by(), details(), Map.of());
    }

    @EventHandler
    void on(DeadlineMissedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.missedAt(), doc -> {
            String key = event.referenceId() == null ? event.deadline().name()
                    : event.deadline() + ":" + event.referenceId();
            List<String> overdue = new ArrayList<>(doc.getList("overdue", String.class, List.of()));
            if (!overdue.contains(key)) {
                overdue.add(key);
            }
            doc.put("overdue", overdue);
            if (event.referenceId() != null) {
                referral(doc, event.referenceId()).ifPresent(referral -> referral.put("overdue", true));
            }
        });
        entry(event.complaintId(), sequence, event.missedAt(), "DEADLINE_MISSED", null,
                details("deadline", event.deadline(), "department", event.department(), "dueDate", event.dueDate()),
                Map.of());
    }

    @ResetHandler
    void reset() {
        cases.drop();
        timeline.drop();
    }

    // ---- queries

    @QueryHandler
    CaseListPage handle(FindCasesQuery query) {
        Bson filter = filter(query.filter());
        List<CaseSummary> page = new ArrayList<>();
        cases.find(filter).sort(Sorts.orderBy(Sorts.descending("updatedAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(doc -> page.add(summary(doc)));
        return new CaseListPage(page, query.page(), query.size(), cases.countDocuments(filter));
    }

    @QueryHandler
    Optional<CaseDetails> handle(FindCaseQuery query) {
        Document doc = cases.find(Filters.eq("_id", query.caseId())).first();
        if (doc == null) {
            return Optional.empty();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        timeline.find(Filters.eq("caseId", query.caseId())).sort(Sorts.ascending("sequence"))
                .forEach(entry -> entries.add(timelineEntry(entry)));
        return Optional.of(new CaseDetails(summary(doc),
                list(doc, "allegations").stream().map(a -> new AllegationView(a.getString("allegationId"),
                        a.getString("provision"), a.getString("department"),
                        a.getString("finding") == null ? null : Finding.valueOf(a.getString("finding")))).toList(),
                list(doc, "referrals").stream().map(r -> referralView(doc.getString("_id"), r)).toList(),
                list(doc, "recommendations").stream().map(r -> new RecommendationView(r.getString("recommendationId"),
                        r.getString("department"), r.getString("text"), instant(r.getDate("madeAt")),
                        r.getString("answer") == null ? null : RecommendationAnswer.valueOf(r.getString("answer")),
                        instant(r.getDate("answeredAt")))).toList(),
                list(doc, "attachments").stream().map(a -> new AttachmentView(a.getString("attachmentId"),
                        AttachmentType.valueOf(a.getString("type")), ((Number) a.get("sizeBytes")).longValue(),
                        sealedValue(a.get("fileName", Document.class)))).toList(),
                entries));
    }

    @QueryHandler
    List<ReferralView> handle(FindDepartmentReferralsQuery query) {
        List<ReferralView> referrals = new ArrayList<>();
        cases.find(Filters.eq("referrals.department", query.department())).forEach(doc ->
                list(doc, "referrals").stream()
                        .filter(r -> query.department().equals(r.getString("department")))
                        .filter(r -> !query.openOnly() || r.get("respondedAt") == null)
                        .forEach(r -> referrals.add(referralView(doc.getString("_id"), r))));
        referrals.sort((a, b) -> b.sentAt().compareTo(a.sentAt()));
        return referrals;
    }

    // ---- writing

    private void open(String caseId, long sequence, Instant at, boolean reviewCase, Set<String> departments,
                      LocalDate acknowledgementDue, List<Document> attachments) {
        Document existing = cases.find(Filters.eq("_id", caseId)).first();
        if (existing != null && existing.getLong("sequence") >= sequence) {
            return;
        }
        Document doc = new Document("_id", caseId).append("reviewCase", reviewCase)
                .append("openedAt", Date.from(at)).append("acknowledged", reviewCase)
                .append("acknowledgementDue", date(acknowledgementDue))
                .append("departments", new ArrayList<>(departments)).append("overdue", new ArrayList<String>())
                .append("allegations", new ArrayList<Document>()).append("referrals", new ArrayList<Document>())
                .append("recommendations", new ArrayList<Document>())
                .append("attachments", new ArrayList<>(attachments));
        write(doc, sequence, at);
    }

    private void change(String caseId, long sequence, Instant at, Consumer<Document> change) {
        Document doc = cases.find(Filters.eq("_id", caseId)).first();
        if (doc == null || doc.getLong("sequence") >= sequence) {
            return; // already applied (redelivery), or a case this model never saw opened
        }
        change.accept(doc);
        write(doc, sequence, at);
    }

    private void write(Document doc, long sequence, Instant at) {
        doc.put("sequence", sequence);
        doc.put("updatedAt", Date.from(at));
        doc.put("stage", stage(doc).name());
        doc.put("overdueCount", doc.getList("overdue", String.class, List.of()).size());
        cases.replaceOne(Filters.eq("_id", doc.getString("_id")), doc, new ReplaceOptions().upsert(true));
    }

    private void entry(String caseId, long sequence, Instant at, String type, StaffMember by,
                       Map<String, String> details, Map<String, Sealed> sealed) {
        Document sealedDocs = new Document();
        sealed.forEach((name, value) -> sealedDocs.append(name, sealedDoc(value)));
        timeline.replaceOne(Filters.eq("_id", caseId + ":" + sequence), new Document("_id", caseId + ":" + sequence)
                        .append("caseId", caseId).append("sequence", sequence).append("at", Date.from(at))
                        .append("type", type)
                        .append("actorName", by == null ? null : by.displayName())
                        .append("actorRole", by == null ? null : by.role().name())
                        .append("details", new Document(new LinkedHashMap<>(details))).append("sealed", sealedDocs),
                new ReplaceOptions().upsert(true));
    }

    private static CaseStage stage(Document doc) {
        if (doc.getBoolean("closed", false)) {
            return CaseStage.CLOSED;
        }
        if (doc.getBoolean("withdrawn", false)) {
            return CaseStage.WITHDRAWN;
        }
        if (!doc.getBoolean("acknowledged", false)) {
            return CaseStage.AWAITING_ACKNOWLEDGEMENT;
        }
        String triage = doc.getString("triage");
        if (triage == null) {
            return CaseStage.AWAITING_TRIAGE;
        }
        if (!TriageDecision.ACCEPT.name().equals(triage)) {
            return CaseStage.DECLINED;
        }
        if (list(doc, "referrals").stream().anyMatch(r -> r.get("respondedAt") == null)) {
            return CaseStage.WAITING_FOR_DEPARTMENT;
        }
        return doc.getString("assigneeId") == null ? CaseStage.AWAITING_ASSIGNMENT : CaseStage.INVESTIGATING;
    }

    // ---- reading

    private static Bson filter(CaseFilter filter) {
        List<Bson> parts = new ArrayList<>();
        if (filter.stage() != null) {
            parts.add(Filters.eq("stage", filter.stage().name()));
        }
        if (filter.department() != null) {
            parts.add(Filters.eq("departments", filter.department()));
        }
        if (filter.assigneeId() != null) {
            parts.add(Filters.eq("assigneeId", filter.assigneeId()));
        }
        if (filter.overdueOnly()) {
            parts.add(Filters.gt("overdueCount", 0));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    private static CaseSummary summary(Document doc) {
        return new CaseSummary(doc.getString("_id"), doc.getBoolean("reviewCase", false),
                CaseStage.valueOf(doc.getString("stage")),
                new LinkedHashSet<>(doc.getList("departments", String.class, List.of())),
                doc.getString("assigneeId"), doc.getString("assigneeName"), instant(doc.getDate("openedAt")),
                instant(doc.getDate("updatedAt")), localDate(doc.getString("acknowledgementDue")),
                localDate(doc.getString("investigationDue")),
                new LinkedHashSet<>(doc.getList("overdue", String.class, List.of())),
                doc.getString("outcome") == null ? null : CaseOutcome.valueOf(doc.getString("outcome")),
                doc.getString("publicSummary"));
    }

    private static ReferralView referralView(String caseId, Document r) {
        return new ReferralView(caseId, r.getString("referralId"), r.getString("department"),
                instant(r.getDate("sentAt")), localDate(r.getString("dueDate")), instant(r.getDate("respondedAt")),
                r.getBoolean("overdue", false), sealedValue(r.get("questions", Document.class)),
                sealedValue(r.get("response", Document.class)));
    }

    private static TimelineEntry timelineEntry(Document entry) {
        Map<String, String> details = new LinkedHashMap<>();
        entry.get("details", Document.class).forEach((name, value) -> details.put(name, (String) value));
        Map<String, Sealed> sealed = new LinkedHashMap<>();
        entry.get("sealed", Document.class).forEach((name, value) -> sealed.put(name, sealedValue((Document) value)));
        return new TimelineEntry(entry.getLong("sequence"), instant(entry.getDate("at")), entry.getString("type"),
                entry.getString("actorName"), entry.getString("actorRole"), details, sealed);
    }

    // ---- helpers

    private static Map<String, String> details(Object... namesAndValues) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                details.put((String) namesAndValues[i], value.toString());
            }
        }
        return details;
    }

    private static Map<String, Sealed> sealed(String name, Sealed value) {
        return value == null ? Map.of() : Map.of(name, value);
    }

    @SuppressWarnings("unchecked")
    private static List<Document> list(Document doc, String field) {
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

    private static Document sealedDoc(Sealed sealed) {
        return sealed == null ? null : new Document("keyId", sealed.keyId()).append("ciphertext", sealed.ciphertext());
    }

    private static Sealed sealedValue(Document doc) {
        return doc == null ? null : new Sealed(doc.getString("keyId"), doc.getString("ciphertext"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate localDate(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
