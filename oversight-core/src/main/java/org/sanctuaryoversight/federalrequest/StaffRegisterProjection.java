package org.sanctuaryoversight.federalrequest;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.*;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;

/**
 * The staff register ({@code registry_staff_records}): one document per documented request with the facts as they
 * now stand, the flags, the corrections (who, when, why, what changed), the documents attached (ids, kinds, sizes,
 * sealed names) and the approved public summary, with what the pages filter on ({@code flagged},
 * {@code awaitingApproval}). Staff only: the public reads {@link PublicRegisterProjection}. Events of one request
 * arrive in order and a document changes only by a newer one ({@link SequencedDocuments}); a reset drops the
 * collection and the log rebuilds it.
 */
@ProcessingGroup(StaffRegisterProjection.PROCESSING_GROUP)
class StaffRegisterProjection {

    static final String PROCESSING_GROUP = "registry-staff-records";
    static final String COLLECTION = "registry_staff_records";

    private final ReadModelCollection records;
    private final SequencedDocuments documents;

    /**
     * For a real MongoDB: the staff register, newest first, whole or by department, flagged or awaiting approval (the
     * embedded server ignores these).
     */
    StaffRegisterProjection(MongoDatabase database) {
        this.records = new ReadModelCollection(database, COLLECTION, keys("-documentedAt", "_id"),
                keys("department", "-documentedAt", "_id"), keys("flagged", "-documentedAt", "_id"),
                keys("awaitingApproval", "-documentedAt", "_id"));
        this.documents = new SequencedDocuments(records.writes());
    }

    @EventHandler
    void on(FederalRequestDocumentedEvent event, @SequenceNumber long sequence) {
        Document doc = facts(new Document(), event.facts())
                .append("documentedAt", Date.from(event.documentedAt())).append("documentedBy", event.documentedBy())
                .append("lastChangedAt", Date.from(event.documentedAt()))
                .append("flags", new ArrayList<Document>()).append("amendments", new ArrayList<Document>())
                .append("documents", new ArrayList<Document>()).append("approval", null);
        documents.create(event.requestId(), sequence, derive(doc));
    }

    @EventHandler
    void on(FederalRequestAmendedEvent event, @SequenceNumber long sequence) {
        documents.change(event.requestId(), sequence, doc -> {
            List<String> changed = changed(facts(doc), event.facts());
            facts(doc, event.facts());
            doc.getList("amendments", Document.class).add(new Document("amendedAt", Date.from(event.amendedAt()))
                    .append("amendedBy", event.amendedBy()).append("reason", event.reason()).append("changed", changed));
            doc.put("lastChangedAt", Date.from(event.amendedAt()));
            derive(doc);
        });
    }

    @EventHandler
    void on(FederalRequestFlaggedEvent event, @SequenceNumber long sequence) {
        documents.change(event.requestId(), sequence, doc -> {
            event.flags().forEach(flag -> doc.getList("flags", Document.class).add(new Document("rule", flag.rule())
                    .append("ordinanceClause", flag.ordinanceClause()).append("reason", flag.reason())));
            doc.put("reviewCaseId", event.reviewCaseId());
            derive(doc);
        });
    }

    @EventHandler
    void on(FederalRequestDocumentsAttachedEvent event, @SequenceNumber long sequence) {
        documents.change(event.requestId(), sequence, doc -> event.documents().forEach(document ->
                doc.getList("documents", Document.class).add(new Document("documentId", document.attachmentId())
                        .append("type", document.type().name()).append("sizeBytes", document.sizeBytes())
                        .append("fileName", document.fileName() == null ? null : new Document("keyId",
                                document.fileName().keyId()).append("ciphertext", document.fileName().ciphertext())))));
    }

    @EventHandler
    void on(FederalRequestPublicSummaryApprovedEvent event, @SequenceNumber long sequence) {
        documents.change(event.requestId(), sequence, doc -> {
            doc.put("approval", new Document("publicSummary", event.publicRecord().publicSummary())
                    .append("approvedAt", Date.from(event.approvedAt())).append("approvedBy", event.approvedBy()));
            derive(doc);
        });
    }

    @ResetHandler
    void reset() {
        records.reset();
    }

    @QueryHandler
    StaffRecordsPage handle(FindStaffRecordsQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.department() != null) {
            filters.add(Filters.eq("department", query.department()));
        }
        if (query.flaggedOnly()) {
            filters.add(Filters.eq("flagged", true));
        }
        if (query.awaitingApprovalOnly()) {
            filters.add(Filters.eq("awaitingApproval", true));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<StaffRecord> found = new ArrayList<>();
        records.collection().find(filter).sort(Sorts.orderBy(Sorts.descending("documentedAt"), Sorts.ascending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(doc -> found.add(record(doc)));
        return new StaffRecordsPage(found, records.collection().countDocuments(filter), query.page(), query.size());
    }

    @QueryHandler
    Optional<StaffRecord> handle(FindStaffRecordQuery query) {
        return records.findById(query.requestId()).map(StaffRegisterProjection::record);
    }

    // ---- documents

    /** The fields the pages filter on, derived from the rest. */
    private static Document derive(Document doc) {
        Document approval = doc.get("approval", Document.class);
        doc.put("flagged", !doc.getList("flags", Document.class).isEmpty());
        doc.put("awaitingApproval", approval == null
                || approval.getDate("approvedAt").before(doc.getDate("lastChangedAt")));
        return doc;
    }

    private static Document facts(Document doc, FederalRequestFacts facts) {
        return doc.append("department", facts.department()).append("receivedAt", Date.from(facts.receivedAt()))
                .append("agency", facts.agency().name()).append("channel", facts.channel().name())
                .append("requestTypes", facts.requestTypes().stream().map(Enum::name).toList())
                .append("legalDocument", facts.legalDocument().name()).append("response", facts.response().name())
                .append("description", facts.description()).append("justification", facts.justification());
    }

    private static FederalRequestFacts facts(Document doc) {
        return new FederalRequestFacts(doc.getString("department"), instant(doc.getDate("receivedAt")),
                FederalAgency.valueOf(doc.getString("agency")), RequestChannel.valueOf(doc.getString("channel")),
                doc.getList("requestTypes", String.class).stream().map(RequestType::valueOf).toList(),
                LegalDocument.valueOf(doc.getString("legalDocument")),
                FederalRequestResponse.valueOf(doc.getString("response")), doc.getString("description"),
                doc.getString("justification"));
    }

    /** The names of the facts a correction changed, in the order the form asks them. */
    static List<String> changed(FederalRequestFacts before, FederalRequestFacts after) {
        Map<String, Boolean> same = new java.util.LinkedHashMap<>();
        same.put("receivedAt", Objects.equals(before.receivedAt(), after.receivedAt()));
        same.put("agency", before.agency() == after.agency());
        same.put("channel", before.channel() == after.channel());
        same.put("requestTypes", before.requestTypes().equals(after.requestTypes()));
        same.put("legalDocument", before.legalDocument() == after.legalDocument());
        same.put("response", before.response() == after.response());
        same.put("description", Objects.equals(before.description(), after.description()));
        same.put("justification", Objects.equals(before.justification(), after.justification()));
        return same.entrySet().stream().filter(entry -> !entry.getValue()).map(Map.Entry::getKey).toList();
    }

    private static StaffRecord record(Document doc) {
        Document approval = doc.get("approval", Document.class);
        return new StaffRecord(doc.getString("_id"), facts(doc), instant(doc.getDate("documentedAt")),
                doc.getString("documentedBy"),
                doc.getList("flags", Document.class).stream().map(flag -> new ComplianceFlag(flag.getString("rule"),
                        flag.getString("ordinanceClause"), flag.getString("reason"))).toList(),
                doc.getString("reviewCaseId"),
                doc.getList("amendments", Document.class).stream().map(a -> new Amendment(
                        instant(a.getDate("amendedAt")), a.getString("amendedBy"), a.getString("reason"),
                        a.getList("changed", String.class))).toList(),
                doc.getList("documents", Document.class).stream().map(StaffRegisterProjection::document).toList(),
                approval == null ? null : new Approval(approval.getString("publicSummary"),
                        instant(approval.getDate("approvedAt")), approval.getString("approvedBy")),
                instant(doc.getDate("lastChangedAt")));
    }

    private static AttachmentReference document(Document doc) {
        Document name = doc.get("fileName", Document.class);
        return new AttachmentReference(doc.getString("documentId"), AttachmentType.valueOf(doc.getString("type")),
                ((Number) doc.get("sizeBytes")).longValue(),
                name == null ? null : new Sealed(name.getString("keyId"), name.getString("ciphertext")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
