package org.sanctuaryoversight.complaint.casework;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.*;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;

/**
 * The office's list of cases: one document per case in {@code casework_cases} with what the pages filter and show
 * (stage, departments, assignee, deadlines, what is overdue), the complaint as filed (its free text sealed), and
 * what the casework rules ask (see {@link CaseDocument#state}). Events of one case arrive in order (one processor
 * segment per case), so a document is changed only by an event newer than it ({@link SequencedDocuments});
 * redelivery changes nothing; a reset drops the collection and the log rebuilds it.
 */
@ProcessingGroup(CaseworkModule.PROCESSING_GROUP)
class CaseListProjection {

    static final String CASES = "casework_cases";

    private final ReadModelCollection cases;
    private final SequencedDocuments documents;
    private final CaseDeadlines deadlines;

    /**
     * For a real MongoDB: the case list, most recently changed first, whole or by stage, department, assignee or
     * overdue; the counts by stage; a department's referrals and recommendations (the embedded server ignores these).
     */
    CaseListProjection(MongoDatabase database, CaseDeadlines deadlines) {
        this.cases = new ReadModelCollection(database, CASES, keys("-updatedAt", "_id"),
                keys("stage", "-updatedAt", "_id"), keys("departments", "-updatedAt", "_id"),
                keys("assigneeId", "-updatedAt", "_id"),
                keys("assigneeId", "stage"), keys("overdueCount", "-updatedAt", "_id"), keys("referrals.department"),
                keys("recommendations.department"));
        this.documents = new SequencedDocuments(cases.writes());
        this.deadlines = deadlines;
    }

    // ---- events

    @EventHandler
    void on(ComplaintFiledEvent event, @SequenceNumber long sequence) {
        documents.create(event.complaintId(), sequence, CaseDocument.filed(event,
                deadlines.acknowledgementDue(event.filedAt())));
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @SequenceNumber long sequence) {
        documents.create(event.caseId(), sequence, CaseDocument.reviewOpened(event));
    }

    @EventHandler
    void on(ComplaintAcknowledgedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.acknowledgedAt(), CaseDocument::acknowledged);
    }

    @EventHandler
    void on(ComplaintTriagedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.triagedAt(), doc -> CaseDocument.triaged(doc, event));
    }

    @EventHandler
    void on(InvestigatorAssignedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.assignedAt(), doc -> CaseDocument.assigned(doc, event));
    }

    @EventHandler
    void on(AllegationRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> CaseDocument.allegation(doc, event));
    }

    @EventHandler
    void on(InvestigativeStepRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> CaseDocument.documents(doc, event.documents(),
                event.by()));
    }

    @EventHandler
    void on(DepartmentReferralSentEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.sentAt(), doc -> CaseDocument.referral(doc, event));
    }

    @EventHandler
    void on(DepartmentRespondedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.respondedAt(), doc -> CaseDocument.responded(doc, event));
    }

    @EventHandler
    void on(FindingRecordedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.recordedAt(), doc -> CaseDocument.finding(doc, event));
    }

    @EventHandler
    void on(RecommendationMadeEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.madeAt(), doc -> CaseDocument.recommendation(doc, event));
    }

    @EventHandler
    void on(RecommendationAnsweredEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.answeredAt(), doc -> CaseDocument.answered(doc, event));
    }

    @EventHandler
    void on(ComplaintClosedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.closedAt(), doc -> CaseDocument.closed(doc, event));
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.reopenedAt(), CaseDocument::reopened);
    }

    @EventHandler
    void on(ComplaintWithdrawnEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.withdrawnAt(), doc -> doc.put("withdrawn", true));
    }

    @EventHandler
    void on(DeadlineMissedEvent event, @SequenceNumber long sequence) {
        change(event.complaintId(), sequence, event.missedAt(), doc -> CaseDocument.missed(doc, event));
    }

    @ResetHandler
    void reset() {
        cases.reset();
    }

    private void change(String caseId, long sequence, Instant at, java.util.function.Consumer<Document> change) {
        documents.change(caseId, sequence, doc -> {
            change.accept(doc);
            CaseDocument.derive(doc, at);
        });
    }

    // ---- queries

    @QueryHandler
    CaseListPage handle(FindCasesQuery query) {
        Bson filter = filter(query.filter());
        List<CaseSummary> page = new ArrayList<>();
        cases.collection().find(filter).sort(Sorts.orderBy(Sorts.descending("updatedAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(doc -> page.add(CaseDocumentReading.summary(doc)));
        return new CaseListPage(page, query.page(), query.size(), cases.collection().countDocuments(filter));
    }

    @QueryHandler
    Optional<CaseDetails> handle(FindCaseQuery query) {
        return cases.findById(query.caseId()).map(CaseDocumentReading::details);
    }

    @QueryHandler
    List<ReferralView> handle(FindDepartmentReferralsQuery query) {
        List<ReferralView> referrals = new ArrayList<>();
        cases.collection().find(Filters.eq("referrals.department", query.department())).forEach(doc ->
                CaseDocument.list(doc, "referrals").stream()
                        .filter(r -> query.department().equals(r.getString("department")))
                        .filter(r -> !query.openOnly() || r.get("respondedAt") == null)
                        .forEach(r -> referrals.add(CaseDocumentReading.referralView(doc.getString("_id"), r))));
        referrals.sort((a, b) -> b.sentAt().compareTo(a.sentAt()));
        return referrals;
    }

    @QueryHandler
    List<RecommendationView> handle(FindDepartmentRecommendationsQuery query) {
        List<RecommendationView> recommendations = new ArrayList<>();
        cases.collection().find(Filters.eq("recommendations.department", query.department())).forEach(doc ->
                CaseDocument.list(doc, "recommendations").stream()
                        .filter(r -> query.department().equals(r.getString("department")))
                        .map(r -> CaseDocumentReading.recommendationView(doc.getString("_id"), r))
                        .filter(r -> !query.unansweredOnly()
                                || !CaseworkPolicies.LiaisonAnswersForOwnDepartment.nextAnswers(r.answer()).isEmpty())
                        .forEach(recommendations::add));
        recommendations.sort((a, b) -> b.madeAt().compareTo(a.madeAt()));
        return recommendations;
    }

    @QueryHandler
    CaseCounts handle(CountCasesQuery query) {
        Bson scope = query.assigneeId() == null ? new Document() : Filters.eq("assigneeId", query.assigneeId());
        Map<CaseStage, Long> byStage = new EnumMap<>(CaseStage.class);
        for (CaseStage stage : CaseStage.values()) {
            long count = cases.collection().countDocuments(Filters.and(scope, Filters.eq("stage", stage.name())));
            if (count > 0) {
                byStage.put(stage, count);
            }
        }
        return new CaseCounts(byStage,
                cases.collection().countDocuments(Filters.and(scope, Filters.gt("overdueCount", 0))));
    }

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
        if (filter.caseIds() != null) {
            parts.add(Filters.in("_id", filter.caseIds()));
        }
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            // identifiers are UUIDs, a review case's with words before it: anything else the person typed cannot be part
            // of one; a number typed without those words finds the review case too
            String prefix = filter.caseNumber().strip().toLowerCase().replaceAll("[^0-9a-z-]", "");
            boolean named = CaseworkQueries.NAMED_PREFIX.matcher(prefix).lookingAt();
            parts.add(Filters.regex("_id", named ? "^" + prefix : "^(" + CaseworkQueries.NAMED_PREFIX.pattern() + ")?" + prefix));
        }
        return parts.isEmpty() ? new Document() : Filters.and(parts);
    }

    static Set<String> departments(Document doc) {
        return new LinkedHashSet<>(doc.getList("departments", String.class, List.of()));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
