package org.sanctuaryoversight.complaint.casework;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.FindCaseTimelineQuery;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.TimelineEntry;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.staff.StaffMember;

/**
 * A case's history: one document per event in {@code casework_timeline}, keyed by case and sequence number, so a
 * redelivered event writes the same document again. Details are codes and dates in clear (the pages word them);
 * free text stays sealed. A reset drops the collection and the log rebuilds it.
 */
@ProcessingGroup(CaseworkModule.PROCESSING_GROUP)
class CaseTimelineProjection {

    static final String TIMELINE = "casework_timeline";

    private final ReadModelCollection timeline;

    /** For a real MongoDB: a case's timeline in order (the embedded server ignores these). */
    CaseTimelineProjection(MongoDatabase database) {
        this.timeline = new ReadModelCollection(database, TIMELINE, keys("caseId", "sequence"));
    }

    @EventHandler
    void on(ComplaintFiledEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.filedAt(), "FILED", null,
                details("channel", event.channel(), "departments", String.join(",", event.departments()),
                        "anonymous", event.anonymous(), "attachments", event.attachments().size()), Map.of());
    }

    @EventHandler
    void on(ReviewCaseOpenedEvent event, @SequenceNumber long sequence) {
        entry(event.caseId(), sequence, event.openedAt(), "REVIEW_OPENED", null,
                details("department", event.department(), "reason", event.reasonCode(), "source", event.sourceReference()),
                Map.of());
    }

    @EventHandler
    void on(ComplaintAcknowledgedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.acknowledgedAt(), "ACKNOWLEDGED", event.by(), details(), Map.of());
    }

    @EventHandler
    void on(ComplaintTriagedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.triagedAt(), "TRIAGED", event.by(), details("decision", event.decision(),
                "referredAgency", event.referredAgency(), "duplicateOf", event.duplicateOf(),
                "investigationDue", event.investigationDue()), Map.of());
    }

    @EventHandler
    void on(InvestigatorAssignedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.assignedAt(), "INVESTIGATOR_ASSIGNED", event.by(),
                details("investigator", event.investigator().displayName()), Map.of());
    }

    @EventHandler
    void on(AllegationRecordedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.recordedAt(), "ALLEGATION_RECORDED", event.by(),
                details("provision", event.provision(), "department", event.department()), Map.of());
    }

    @EventHandler
    void on(InvestigativeStepRecordedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.recordedAt(), "STEP_RECORDED", event.by(),
                details("kind", event.kind(), "documents", event.documents().isEmpty() ? null : event.documents().size()),
                sealed("notes", event.notes()));
    }

    @EventHandler
    void on(DepartmentReferralSentEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.sentAt(), "REFERRAL_SENT", event.by(),
                details("department", event.department(), "dueDate", event.dueDate()), sealed("questions", event.questions()));
    }

    @EventHandler
    void on(DepartmentRespondedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.respondedAt(), "DEPARTMENT_RESPONDED", event.by(),
                details("department", event.department(), "documents",
                        event.documents().isEmpty() ? null : event.documents().size()), sealed("response", event.response()));
    }

    @EventHandler
    void on(FindingRecordedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.recordedAt(), "FINDING_RECORDED", event.by(),
                details("allegation", event.allegationId(), "finding", event.finding()), Map.of());
    }

    @EventHandler
    void on(RecommendationMadeEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.madeAt(), "RECOMMENDATION_MADE", event.by(),
                details("department", event.department(), "text", event.text()), Map.of());
    }

    @EventHandler
    void on(RecommendationAnsweredEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.answeredAt(), "RECOMMENDATION_ANSWERED", event.by(),
                details("department", event.department(), "answer", event.answer()), Map.of());
    }

    @EventHandler
    void on(ComplaintClosedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.closedAt(), "CLOSED", event.by(),
                details("outcome", event.outcome(), "publicSummary", event.publicSummary()), Map.of());
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.reopenedAt(), "REOPENED", event.by(), details(),
                sealed("reason", event.reason()));
    }

    @EventHandler
    void on(ComplaintWithdrawnEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.withdrawnAt(), "WITHDRAWN", event.by(),
                details("byComplainant", event.by() == null), Map.of());
    }

    @EventHandler
    void on(DeadlineMissedEvent event, @SequenceNumber long sequence) {
        entry(event.complaintId(), sequence, event.missedAt(), "DEADLINE_MISSED", null,
                details("deadline", event.deadline(), "department", event.department(), "dueDate", event.dueDate()),
                Map.of());
    }

    @ResetHandler
    void reset() {
        timeline.reset();
    }

    @QueryHandler
    List<TimelineEntry> handle(FindCaseTimelineQuery query) {
        List<TimelineEntry> entries = new ArrayList<>();
        timeline.collection().find(Filters.eq("caseId", query.caseId())).sort(Sorts.ascending("sequence"))
                .forEach(entry -> entries.add(timelineEntry(entry)));
        return entries;
    }

    private void entry(String caseId, long sequence, Instant at, String type, StaffMember by,
                       Map<String, String> details, Map<String, Sealed> sealed) {
        Document sealedDocs = new Document();
        sealed.forEach((name, value) -> sealedDocs.append(name, CaseDocument.sealed(value)));
        timeline.writes().replace(caseId + ":" + sequence, new Document("_id", caseId + ":" + sequence)
                        .append("caseId", caseId).append("sequence", sequence).append("at", Date.from(at))
                        .append("type", type)
                        .append("actorName", by == null ? null : by.displayName())
                        .append("actorRole", by == null ? null : by.role().name())
                        .append("details", new Document(new LinkedHashMap<>(details))).append("sealed", sealedDocs));
    }

    private static TimelineEntry timelineEntry(Document entry) {
        Map<String, String> details = new LinkedHashMap<>();
        entry.get("details", Document.class).forEach((name, value) -> details.put(name, (String) value));
        Map<String, Sealed> sealed = new LinkedHashMap<>();
        entry.get("sealed", Document.class).forEach((name, value) ->
                sealed.put(name, CaseDocument.sealedValue((Document) value)));
        return new TimelineEntry(entry.getLong("sequence"), CaseListProjection.instant(entry.getDate("at")),
                entry.getString("type"), entry.getString("actorName"), entry.getString("actorRole"), details, sealed);
    }

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
}
