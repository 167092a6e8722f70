package org.sanctuaryoversight.complaint.identity;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.*;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.Seen;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The access log: one document per {@link ComplainantIdentityViewedEvent} (contact details or a file),
 * {@link CaseMaterialReadEvent} and {@link LoggedAccess} event of another capability in {@code identity_access_log}, keyed by
 * record and sequence number (a redelivered event rewrites the same document), and one document per filed
 * complaint in {@code identity_subjects} saying whether it is anonymous and whether contact details were given
 * (never the details). A reset drops both; the log rebuilds them.
 */
@ProcessingGroup(IdentityAccessProjection.PROCESSING_GROUP)
class IdentityAccessProjection {

    static final String PROCESSING_GROUP = "identity-access";
    static final String LOG = "identity_access_log";
    static final String SUBJECTS = "identity_subjects";

    private final ReadModelCollection log;
    private final ReadModelCollection subjects;

    /**
     * For a real MongoDB: the access log, newest first, whole or of one complaint (the embedded server ignores these).
     */
    IdentityAccessProjection(MongoDatabase database) {
        this.log = new ReadModelCollection(database, LOG, keys("-viewedAt", "-_id"),
                keys("complaintId", "-viewedAt", "-_id"));
        this.subjects = new ReadModelCollection(database, SUBJECTS);
    }

    @EventHandler
    void on(ComplaintFiledEvent event) {
        subjects.writes().replace(event.complaintId(), new Document("_id", event.complaintId())
                .append("anonymous", event.anonymous()).append("hasContact", event.contact() != null));
    }

    @EventHandler
    void on(ComplainantIdentityViewedEvent event, @SequenceNumber long sequence) {
        write(event.complaintId(), sequence, event.viewedAt(), event.viewedBy(), event.viewerName(), event.role(),
                event.purpose().name(), event.note(), event.attachmentId(),
                event.attachmentId() == null ? Seen.CONTACT : Seen.FILE);
    }

    @EventHandler
    void on(CaseMaterialReadEvent event, @SequenceNumber long sequence) {
        write(event.complaintId(), sequence, event.readAt(), event.readBy(), event.readerName(), event.role(),
                event.purpose().name(), event.note(), null, Seen.CASE_MATERIAL);
    }

    /** Another capability's record whose sealed material was shown (a federal request's documents). */
    @EventHandler
    void on(LoggedAccess event, @SequenceNumber long sequence) {
        write(event.accessedRecordId(), sequence, event.accessedAt(), event.accessedBy(), event.accessorName(),
                event.accessorRole(), event.purposeCode(), event.accessNote(), event.accessedItemId(), event.seen());
    }

    /** One entry per record and event, so a redelivered event rewrites the same entry. */
    private void write(String recordId, long sequence, Instant at, String by, String name, StaffRole role,
                       String purpose, String note, String itemId, Seen seen) {
        String id = recordId + ":" + sequence;
        log.writes().replace(id, new Document("_id", id).append("complaintId", recordId)
                        .append("viewedAt", Date.from(at)).append("viewedBy", by).append("viewerName", name)
                        .append("role", role.name()).append("purpose", purpose).append("note", note)
                        .append("attachmentId", itemId).append("seen", seen.name()));
    }

    @ResetHandler
    void reset() {
        log.reset();
        subjects.reset();
    }

    @QueryHandler
    IdentityAccessLogPage handle(FindIdentityAccessLogQuery query) {
        Bson filter = query.complaintId() == null ? new Document() : Filters.eq("complaintId", query.complaintId());
        List<IdentityAccessEntry> entries = new ArrayList<>();
        log.collection().find(filter).sort(Sorts.orderBy(Sorts.descending("viewedAt"), Sorts.descending("_id")))
                .skip(query.page() * query.size()).limit(query.size())
                .forEach(doc -> entries.add(new IdentityAccessEntry(doc.getString("complaintId"),
                        doc.getDate("viewedAt").toInstant(), doc.getString("viewedBy"), doc.getString("viewerName"),
                        StaffRole.valueOf(doc.getString("role")), doc.getString("purpose"),
                        doc.getString("note"), doc.getString("attachmentId"), seen(doc))));
        return new IdentityAccessLogPage(entries, query.page(), query.size(), log.collection().countDocuments(filter));
    }

    /** Entries written before case reads were logged have no {@code seen}: a file view, or the contact details. */
    private static Seen seen(Document doc) {
        String seen = doc.getString("seen");
        return seen != null ? Seen.valueOf(seen) : doc.getString("attachmentId") != null ? Seen.FILE : Seen.CONTACT;
    }

    @QueryHandler
    Optional<IdentitySubject> handle(FindIdentitySubjectQuery query) {
        return subjects.findById(query.complaintId())
                .map(doc -> new IdentitySubject(doc.getString("_id"), doc.getBoolean("anonymous", false),
                        doc.getBoolean("hasContact", false)));
    }
}
